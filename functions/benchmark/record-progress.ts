import * as z from 'zod';
import { benchmarkParams, benchmarkStream } from '../../domain/benchmark/stream';
import { progressOn } from '../../domain/benchmark/workflows';
import { processStream } from '../../domain/process/stream';
import { countSchema, evidenceSchema } from '../../events/catalog/benchmark';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const progressBody = z.strictObject({
  date: dateSchema,
  value: countSchema,
  evidence: evidenceSchema,
  area: textSchema(200).optional(),
  correction: textSchema(500).optional(),
});

/**
 * Progress on a benchmark, or (`achieved`) the progress that must reach its target. The process is
 * read, not appended to: its time zone and mandate bound the day the progress is dated.
 */
export const progressRoute = (type: 'RecordBenchmarkProgress' | 'MarkBenchmarkAchieved') =>
  commandRoute({ body: progressBody, params: benchmarkParams }, 200, ({ body, params, identity, now }) =>
    multiStream({
      subject: benchmarkStream(params.processId, params.benchmarkId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => ({
        subject: progressOn({ type, ...body, by: identity.subject, at: now }, subject, process),
      }),
      // Whether this progress reached the target, which the domain decided with it.
      result: ({ subject }, decided) => ({
        benchmarkId: params.benchmarkId,
        achieved: (decided.subject ?? []).some((event) => event.type === 'BenchmarkAchieved'),
        version: subject,
      }),
    }),
  );

export const recordProgress = progressRoute('RecordBenchmarkProgress');
