import { dateSchema } from '../../events/schemas';

/** `?from=` and `?to=`, business dates, inclusive; `to` before `from` is refused, not answered empty. */
export const dateRange = {
  from: dateSchema.optional().describe('The first business date, inclusive'),
  to: dateSchema.optional().describe('The last business date, inclusive'),
};

export const inOrder = (query: { from?: string; to?: string }): boolean =>
  query.from === undefined || query.to === undefined || query.from <= query.to;

export const rangeRefusal = { message: 'must not be before from', path: ['to'] };

/** A list's `?today=`: the day its statuses are judged on, today (UTC) when absent. */
export const todayQuery = {
  today: dateSchema.optional().describe('The day statuses are judged against; defaults to today (UTC)'),
};
