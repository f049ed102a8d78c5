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

/** Benchmarks of the plan and the review points where the plan is revisited. */
export const endpoints = {
  'POST /processes/{processId}/benchmarks': setBenchmark,
  'GET /processes/{processId}/benchmarks/{benchmarkId}': stateRoute(
    { params: benchmarkParams, summary: 'A benchmark as it stands: target, due date, value last recorded' },
    (params) => benchmarkStream(params.processId, params.benchmarkId),
  ),
  'POST /processes/{processId}/benchmarks/{benchmarkId}/progress': recordProgress,
  'POST /processes/{processId}/benchmarks/{benchmarkId}/reschedule': rescheduleBenchmark,
  'POST /processes/{processId}/benchmarks/{benchmarkId}/achieve': achieveBenchmark,
  'POST /processes/{processId}/review-points': scheduleReviewPoint,
  'GET /processes/{processId}/review-points/{reviewPointId}': stateRoute(
    { params: reviewPointParams, summary: 'A review point, and once held, its decisions' },
    (params) => reviewPointStream(params.processId, params.reviewPointId),
  ),
  'POST /processes/{processId}/review-points/{reviewPointId}/hold': holdReviewPoint,
} as const;

export const handler = dispatch(endpoints);
