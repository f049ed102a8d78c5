import * as z from 'zod';
import { dayOf } from '../../domain/calendar';
import { dateSchema, knownAtSchema } from '../../events/schemas';

/**
 * The two kinds of "as of" and the day a view judges against, the same on every query route:
 * `?asOf=` is the business date (the books as they stand for that day, by the value dates the events
 * carry), `?knownAt=` the instant whose record the view is computed from (what the system had recorded
 * by then). `?today=` is the day that judges due dates, endings and forecasts, by default `asOf`, else
 * the current day (UTC).
 */
export interface ViewContext {
  readonly today: string;
  /** Null when the view is not cut at a business date. */
  readonly asOf: string | null;
  /**
   * Null for the current view, read from the read models. A view computed from the log names the
   * instant it read the log as of: the one asked, else the request's, so it can be re-derived exactly.
   */
  readonly knownAt: string | null;
}

/** Views that can also be computed from the log, at a business date, as recorded by an instant, or both. */
export const viewQuery = z.strictObject({
  asOf: dateSchema
    .optional()
    .describe(
      'The business date: the books as they stand for that day, each entry by the value date it carries (paidOn, receivedOn …), else the day it was recorded in the process’s time zone; computed from the log as known at knownAt, else now',
    ),
  knownAt: z
    .union([knownAtSchema, dateSchema])
    .optional()
    .describe(
      'Entries recorded by this instant (ISO 8601, UTC; a date is the end of that day, UTC) only: the view computed from the log as it then stood, so a saved view is re-derived exactly',
    ),
  today: dateSchema
    .optional()
    .describe(
      'The day the view judges against (due dates, overdue items, endings, forecasts); defaults to asOf, else today (UTC)',
    ),
});

/** A bare date as an instant: the last millisecond of that day (UTC). */
const instantOf = (knownAt: string): string => (knownAt.length === 10 ? `${knownAt}T23:59:59.999Z` : knownAt);

/** The handler reads the clock, never the domain: `now` is the request's one reading of it. */
export function viewContextOf(query: Readonly<Record<string, unknown>>, now: string): ViewContext {
  const asOf = typeof query.asOf === 'string' ? query.asOf : null;
  const asked = typeof query.knownAt === 'string' ? instantOf(query.knownAt) : null;
  const knownAt = asked ?? (asOf === null ? null : now);
  const today = typeof query.today === 'string' ? query.today : (asOf ?? dayOf(now));
  return { today, asOf, knownAt };
}
