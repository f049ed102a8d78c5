import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { benchmarkStream } from '../../domain/benchmark/stream';
import { setBenchmark as decideSet } from '../../domain/benchmark/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { benchmarkKindSchema, benchmarkOwnerSchema, countSchema } from '../../events/catalog/benchmark';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

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
    return multiStream({
      subject: benchmarkStream(params.processId, benchmarkId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'SetBenchmark' as const,
          benchmarkId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: decideSet(command, process, subject) };
      },
      result: ({ subject }) => ({ benchmarkId, version: subject }),
    });
  },
);
