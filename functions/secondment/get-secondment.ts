import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { historyRoute, stateRoute } from '../commons/http';

export const getSecondment = stateRoute({ params: secondmentParams }, (params) =>
  secondmentStream(params.processId, params.secondmentId),
);

export const getSecondmentHistory = historyRoute({ params: secondmentParams }, (params) =>
  secondmentStream(params.processId, params.secondmentId),
);
