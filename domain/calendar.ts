/**
 * Whole days between calendar dates (`YYYY-MM-DD`, UTC). Views that judge progress against a date
 * count days, never hours, so the answer does not depend on the time of day it is asked.
 */
const MS_PER_DAY = 86_400_000;

const epochDay = (date: string): number => {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a calendar date: ${date}`);
  return ms / MS_PER_DAY;
};

/** Days from `from` to `to`: 1 from one day to the next, negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => epochDay(to) - epochDay(from);

export const addDays = (date: string, days: number): string =>
  new Date((epochDay(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);

/** The UTC day of an ISO timestamp such as an event's `setAt`. */
export const dayOf = (timestamp: string): string => timestamp.slice(0, 10);

/** The day an ISO timestamp falls on in an IANA time zone: 23:30 UTC is already tomorrow in Nairobi. */
export const dayIn = (timestamp: string, timeZone: string): string =>
  // en-CA writes dates as YYYY-MM-DD.
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(timestamp),
  );

/**
 * Months (`YYYY-MM`) for the budget views: spend by month, the burn rate's window, a forecast month
 * by month. ISO days and months compare correctly as strings.
 */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The earlier or the later of two days (or two months). */
export const earlier = (a: string, b: string): string => (a < b ? a : b);
export const later = (a: string, b: string): string => (a > b ? a : b);

export const addMonths = (month: string, months: number): string => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, index - 1 + months, 1));
  return shifted.toISOString().slice(0, 7);
};

export const firstDayOf = (month: string): string => `${month}-01`;

export const daysInMonth = (month: string): number => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, index, 0)).getUTCDate();
};

export const lastDayOf = (month: string): string => `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;

/** Every month from `from` to `to`, both included; empty when `to` is earlier. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Days the span [from, to] and [start, end] have in common, all inclusive; `end` null is open. */
export function overlapDays(from: string, to: string, start: string, end: string | null): number {
  const first = later(start, from);
  const last = end === null ? to : earlier(end, to);
  return last < first ? 0 : daysBetween(first, last) + 1;
}
