import { benchmarkParams, benchmarkStream } from '../../domain/benchmark/stream';
import { reviewPointParams, reviewPointStream } from '../../domain/review-point/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { achieveBenchmark } from './achieve-benchmark';
import { holdReviewPoint } from './hold-review-point';
import { recordProgress } from './record-progress';
import { rescheduleBenchmark } from './reschedule-benchmark';
import { scheduleReviewPoint } from './schedule-review-point';
import { setBenchmark } from './set-benchmark';

const getBenchmark = stateRoute({ params: benchmarkParams }, (params) =>
  benchmarkStream(params.processId, params.benchmarkId),
);

const getReviewPoint = stateRoute({ params: reviewPointParams }, (params) =>
  reviewPointStream(params.processId, params.reviewPointId),
);

/** Benchmarks of the plan and the review points where the plan is revisited. */
export const handler = dispatch('Milestones', {
  setBenchmark,
  getBenchmark,
  recordProgress,
  rescheduleBenchmark,
  achieveBenchmark,
  scheduleReviewPoint,
  getReviewPoint,
  holdReviewPoint,
});
