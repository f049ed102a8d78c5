import { z } from 'zod';
import { dayOf } from '../../domain/calendar';
import { dateSchema } from '../../events/schemas';

/**
 * The day a view judges against and the day it is computed as of, the same on every query route:
 * `?today=` is the day that judges due dates, endings and forecasts, by default `?asOf=`, else the
 * current day (UTC); `?asOf=` computes the view from what was recorded by the end of that day.
 */
export interface ViewContext {
  readonly today: string;
  /** Null for the current view, read from the read models. */
  readonly asOf: string | null;
}

/** Views that judge dates against a day; tests and "as it looked then" questions pass it. */
export const todayQuery = z.strictObject({
  today: dateSchema
    .optional()
    .describe(
      'The day to judge due dates, overdue items and progress against (YYYY-MM-DD); defaults to today (UTC)',
    ),
});

/** Views that can also be computed from the log as of a day. */
export const viewQuery = z.strictObject({
  asOf: dateSchema
    .optional()
    .describe(
      'The view as it stood at the end of this day (UTC), computed from the log; without it, the current view',
    ),
  today: dateSchema
    .optional()
    .describe('The day the view judges against (forecast, endings); defaults to asOf, else today (UTC)'),
});

/** The handler reads the clock, never the domain: `now` is the request's one reading of it. */
export function viewContextOf(query: Readonly<Record<string, unknown>>, now: string): ViewContext {
  const asOf = typeof query.asOf === 'string' ? query.asOf : null;
  const today = typeof query.today === 'string' ? query.today : (asOf ?? dayOf(now));
  return { today, asOf };
}
