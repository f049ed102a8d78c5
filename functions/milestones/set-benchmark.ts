import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { benchmarkStream } from '../../domain/benchmark/stream';
import { setBenchmark as decideSet } from '../../domain/benchmark/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { benchmarkKindSchema, benchmarkOwnerSchema, countSchema } from '../../events/catalog/benchmark';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const setBenchmarkBody = z.strictObject({
  kind: benchmarkKindSchema,
  metric: textSchema(500),
  target: countSchema,
  baseline: countSchema.default(0),
  dueDate: dateSchema,
  owner: benchmarkOwnerSchema,
});

export const setBenchmark = commandRoute(
  {
    body: setBenchmarkBody,
    params: processParams,
  },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const benchmarkId = randomUUID();
    return async (load) => {
      const set = await load(...benchmarkStream(params.processId, benchmarkId));
      const opened = await load(...processStream(params.processId));
      const events = decideSet(
        { type: 'SetBenchmark', benchmarkId, ...body, by: identity.subject, at: now },
        opened.state,
        set.state,
      );
      return {
        changes: [{ stream: set, events }],
        result: { benchmarkId, version: set.version + events.length },
      };
    };
  },
);
