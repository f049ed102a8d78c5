import { z } from 'zod';
import { benchmark } from '../../domain/benchmark/decide';
import { benchmarkParams, benchmarkStream } from '../../domain/benchmark/stream';
import { countSchema, evidenceSchema } from '../../events/catalog/benchmark';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const progressBody = z.strictObject({
  date: dateSchema,
  value: countSchema,
  evidence: evidenceSchema,
  area: textSchema(200).optional(),
  correction: textSchema(500).optional(),
});

/** The answer says whether this progress reached the target, which the domain decided with it. */
export const recordProgress = aggregateCommand(benchmark)(
  {
    body: progressBody,
    params: benchmarkParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: benchmarkStream(params.processId, params.benchmarkId)[0],
    command: { type: 'RecordBenchmarkProgress', ...body, by: identity.subject, at: now },
    result: (events) => ({
      benchmarkId: params.benchmarkId,
      achieved: events.some((event) => event.type === 'BenchmarkAchieved'),
    }),
  }),
);
