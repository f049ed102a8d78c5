import { z } from 'zod';
import { countSchema, evidenceSchema } from '../../events/catalog/milestones';
import { dateSchema, textSchema } from '../../events/schemas';
import { benchmarkCommand, benchmarkParams, benchmarkStream } from './subjects';

export const progressBody = z.strictObject({
  date: dateSchema,
  value: countSchema,
  evidence: evidenceSchema,
  area: textSchema(200).optional(),
  correction: textSchema(500).optional(),
});

/** The answer says whether this progress reached the target, which the domain decided with it. */
export const recordProgress = benchmarkCommand(
  {
    body: progressBody,
    params: benchmarkParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: benchmarkStream(params.processId, params.benchmarkId),
    command: { type: 'RecordBenchmarkProgress', ...body, by: identity.subject, at: now },
    result: (events) => ({
      benchmarkId: params.benchmarkId,
      achieved: events.some((event) => event.type === 'BenchmarkAchieved'),
    }),
  }),
);
