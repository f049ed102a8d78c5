import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { benchmarkKindSchema, benchmarkOwnerSchema, countSchema } from '../../events/catalog/milestones';
import { dateSchema, textSchema } from '../../events/schemas';
import { processParams } from '../commons/params';
import { benchmarkCommand, benchmarkStream } from './subjects';

export const setBenchmarkBody = z.strictObject({
  kind: benchmarkKindSchema,
  metric: textSchema(500),
  target: countSchema,
  baseline: countSchema.default(0),
  dueDate: dateSchema,
  owner: benchmarkOwnerSchema,
});

export const setBenchmark = benchmarkCommand(
  {
    body: setBenchmarkBody,
    params: processParams,
    summary:
      'Set a benchmark: an output or process target to reach by a due date, owned by a unit or a committee',
  },
  201,
  ({ body, params, identity, now }) => {
    const benchmarkId = randomUUID();
    return {
      streamId: benchmarkStream(params.processId, benchmarkId),
      command: { type: 'SetBenchmark', benchmarkId, ...body, by: identity.subject, at: now },
      result: () => ({ benchmarkId }),
    };
  },
);
