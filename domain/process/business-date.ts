import { dayIn } from '../calendar';
import { refuse } from '../errors';
import { openProcess, type Process } from './process';

/**
 * One rule for every date a client gives a record (a payment's `paidOn`, a tranche's `receivedOn`, a
 * reversal's `reversedOn` …): the books follow the day money moved, so that day must be one the
 * process has lived: not after today where the secretariat works (the day of recording in the
 * process's time zone), nor before its mandate started. Entering it late is normal; inventing a
 * future or a past before the mandate is not.
 */
export function businessDate(process: Process, at: string, field: string, date: string): void {
  const { timeZone, mandateStart } = openProcess(process);
  const today = dayIn(at, timeZone);
  // ISO dates compare correctly as strings.
  if (date > today) refuse('date-after-today', { field, date, today, timeZone });
  if (date < mandateStart) refuse('date-before-mandate', { field, date, mandateStart });
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
