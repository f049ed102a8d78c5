import { z } from 'zod';
import { dateSchema, textSchema } from '../../events/schemas';
import { benchmarkCommand, benchmarkParams, benchmarkStream } from './subjects';

/** The approver is the token's subject, never a field of the body. */
export const rescheduleBody = z.strictObject({ newDueDate: dateSchema, reason: textSchema(500) });

export const rescheduleBenchmark = benchmarkCommand(
  {
    body: rescheduleBody,
    params: benchmarkParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: benchmarkStream(params.processId, params.benchmarkId),
    command: { type: 'RescheduleBenchmark', ...body, by: identity.subject, at: now },
    result: () => ({ benchmarkId: params.benchmarkId, dueDate: body.newDueDate }),
  }),
);
