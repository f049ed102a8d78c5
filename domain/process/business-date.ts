import { addMonths, dayIn, lastDayOf, monthOf } from '../calendar';
import { refuse } from '../errors';
import { openProcess, type Process } from './process';

/**
 * One rule for every date a client gives a record (a payment's `paidOn`, a tranche's `receivedOn`, a
 * reversal's `reversedOn` …): the books follow the day money moved, so that day must be one the
 * process has lived: not after today where the secretariat works (the day of recording in the
 * process's time zone), nor before its mandate started. Entering it late is normal; inventing a
 * future or a past before the mandate is not. Nor may it fall in a month the books have closed.
 */
export function businessDate(process: Process, at: string, field: string, date: string): void {
  const { timeZone } = openProcess(process);
  const today = dayIn(at, timeZone);
  // ISO dates compare correctly as strings.
  if (date > today) refuse('date-after-today', { field, date, today, timeZone });
  withinTheBooks(process, field, date);
}

/**
 * An exchange rate's day: UN operational rates of exchange are published ahead for the coming month,
 * so a rate may be dated up to the end of next month; otherwise it is a business date, since the
 * audit report converts a payment at the rate of its day and a closed month's report must not change.
 */
export function rateDate(process: Process, at: string, field: string, date: string): void {
  const latest = lastDayOf(addMonths(monthOf(recordingDay(process, at)), 1));
  if (date > latest) refuse('rate-dated-beyond-next-month', { field, date, latest });
  withinTheBooks(process, field, date);
}

/**
 * A plan's start (an appointment's, a secondment's): it may lie ahead, a legitimate plan, but not
 * before the mandate, which no one is engaged for.
 */
export function notBeforeMandate(process: Process, field: string, date: string): void {
  const { mandateStart } = openProcess(process);
  if (date < mandateStart) refuse('date-before-mandate', { field, date, mandateStart });
}

/** A date the books can hold, whether past or ahead: from the mandate's start, in no closed month. */
export function withinTheBooks(process: Process, field: string, date: string): void {
  notBeforeMandate(process, field, date);
  const { closedMonths } = openProcess(process);
  const month = monthOf(date);
  // A closed month's reports must not change: a correction goes in an open month.
  if (closedMonths.includes(month)) refuse('period-closed', { field, date, month });
}

/**
 * The value date of a record whose client left it out: the day of recording where the secretariat
 * works, so clients that never sent one keep working and the event still stores the day.
 */
export const recordingDay = (process: Process, at: string): string =>
  dayIn(at, openProcess(process).timeZone);

/**
 * The events a command decided, once the business date it carries is one the process has lived. The
 * events are decided first, so the record's own refusals come first: a payment of a disbursement
 * never requested is not found, whatever its date.
 */
export function datedOn<E>(process: Process, at: string, field: string, date: string, events: E[]): E[] {
  businessDate(process, at, field, date);
  return events;
}
