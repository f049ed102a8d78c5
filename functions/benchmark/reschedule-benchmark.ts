import * as z from 'zod';
import { benchmark } from '../../domain/benchmark/decide';
import { benchmarkParams, benchmarkStream } from '../../domain/benchmark/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

/** The approver is the token's subject, never a field of the body. */
export const rescheduleBody = z.strictObject({ newDueDate: dateSchema, reason: textSchema(500) });

export const rescheduleBenchmark = aggregateCommand(benchmark)(
  {
    body: rescheduleBody,
    params: benchmarkParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: benchmarkStream(params.processId, params.benchmarkId)[0],
    command: { type: 'RescheduleBenchmark', ...body, by: identity.subject, at: now },
    result: () => ({ benchmarkId: params.benchmarkId, dueDate: body.newDueDate }),
  }),
);
