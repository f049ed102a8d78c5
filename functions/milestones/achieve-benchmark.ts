import { progressBody } from './record-progress';
import { benchmarkCommand, benchmarkParams, benchmarkStream } from './subjects';

/** Progress that must reach the target: the final value and its evidence, refused if it falls short. */
export const achieveBenchmark = benchmarkCommand(
  {
    body: progressBody,
    params: benchmarkParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: benchmarkStream(params.processId, params.benchmarkId),
    command: { type: 'MarkBenchmarkAchieved', ...body, by: identity.subject, at: now },
    result: () => ({ benchmarkId: params.benchmarkId, achieved: true }),
  }),
);
