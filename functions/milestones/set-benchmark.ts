import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { benchmark } from '../../domain/benchmark/decide';
import { setBenchmark as decideSet } from '../../domain/benchmark/workflows';
import { benchmarkKindSchema, benchmarkOwnerSchema, countSchema } from '../../events/catalog/milestones';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
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
    summary:
      'Set a benchmark: an output or process target to reach by a due date, owned by a unit or a committee',
  },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const benchmarkId = randomUUID();
    return multiStream({
      subject: [benchmarkStream(params.processId, benchmarkId), benchmark] as const,
      streams: { process: streams.process(params.processId) },
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
