import { benchmark } from '../../domain/benchmark/decide';
import { reviewPoint } from '../../domain/review-point/decide';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { achieveBenchmark } from './achieve-benchmark';
import { holdReviewPoint } from './hold-review-point';
import { recordProgress } from './record-progress';
import { rescheduleBenchmark } from './reschedule-benchmark';
import { scheduleReviewPoint } from './schedule-review-point';
import { setBenchmark } from './set-benchmark';
import { benchmarkParams, benchmarkStream, reviewPointParams, reviewPointStream } from './subjects';

const getBenchmark = stateRoute({ params: benchmarkParams }, (params) => ({
  streamId: benchmarkStream(params.processId, params.benchmarkId),
  decider: benchmark,
}));

const getReviewPoint = stateRoute({ params: reviewPointParams }, (params) => ({
  streamId: reviewPointStream(params.processId, params.reviewPointId),
  decider: reviewPoint,
}));

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
