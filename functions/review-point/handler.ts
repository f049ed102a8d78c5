import { reviewPointParams, reviewPointStream } from '../../domain/review-point/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { holdReviewPoint } from './hold-review-point';
import { scheduleReviewPoint } from './schedule-review-point';

const getReviewPoint = stateRoute({ params: reviewPointParams }, (params) =>
  reviewPointStream(params.processId, params.reviewPointId),
);

export const handler = dispatch('ReviewPoint', { scheduleReviewPoint, getReviewPoint, holdReviewPoint });
