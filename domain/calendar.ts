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
