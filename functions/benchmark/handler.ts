import { benchmarkParams, benchmarkStream } from '../../domain/benchmark/stream';
import { dispatch } from '../commons/dispatch';
import { historyRoute, stateRoute } from '../commons/http';
import { achieveBenchmark } from './achieve-benchmark';
import { recordProgress } from './record-progress';
import { rescheduleBenchmark } from './reschedule-benchmark';
import { setBenchmark } from './set-benchmark';

const getBenchmark = stateRoute({ params: benchmarkParams }, (params) =>
  benchmarkStream(params.processId, params.benchmarkId),
);

const getBenchmarkHistory = historyRoute({ params: benchmarkParams }, (params) =>
  benchmarkStream(params.processId, params.benchmarkId),
);

export const handler = dispatch('Benchmark', {
  setBenchmark,
  getBenchmark,
  getBenchmarkHistory,
  recordProgress,
  rescheduleBenchmark,
  achieveBenchmark,
});
