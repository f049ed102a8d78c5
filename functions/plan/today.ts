import { z } from 'zod';
import { dateSchema } from '../../events/schemas';

/** Leadership's views judge dates against a day; tests and "as it looked then" questions pass it. */
export const todayQuery = z.strictObject({
  today: dateSchema
    .optional()
    .describe(
      'The day to judge due dates, overdue items and progress against (YYYY-MM-DD); defaults to today (UTC)',
    ),
});

/** The handler reads the clock, never the domain. */
export const todayOf = (query: z.infer<typeof todayQuery>): string =>
  query.today ?? new Date().toISOString().slice(0, 10);
