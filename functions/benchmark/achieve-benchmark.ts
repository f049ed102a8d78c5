import { benchmark } from '../../domain/benchmark/decide';
import { benchmarkParams, benchmarkStream } from '../../domain/benchmark/stream';
import { aggregateCommand } from '../commons/aggregate-command';
import { progressBody } from './record-progress';

/** Progress that must reach the target: the final value and its evidence, refused if it falls short. */
export const achieveBenchmark = aggregateCommand(benchmark)(
  {
    body: progressBody,
    params: benchmarkParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: benchmarkStream(params.processId, params.benchmarkId)[0],
    command: { type: 'MarkBenchmarkAchieved', ...body, by: identity.subject, at: now },
    result: () => ({ benchmarkId: params.benchmarkId, achieved: true }),
  }),
);
