import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { benchmark } from '../../domain/benchmark/decide';
import { setBenchmark as decideSet } from '../../domain/benchmark/workflows';
import { benchmarkKindSchema, benchmarkOwnerSchema, countSchema } from '../../events/catalog/milestones';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';
import { benchmarkStream } from './subjects';

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
      const set = await load(benchmarkStream(params.processId, benchmarkId), benchmark);
      const opened = await load(...streams.process(params.processId));
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
