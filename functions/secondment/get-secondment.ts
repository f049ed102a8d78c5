import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { stateRoute } from '../commons/http';

export const getSecondment = stateRoute({ params: secondmentParams }, (params) =>
  secondmentStream(params.processId, params.secondmentId),
);
