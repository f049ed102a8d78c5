import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { stateRoute } from '../commons/http';

export const getSecondment = stateRoute(
  { params: secondmentParams, summary: 'A secondment as it stands, with its version' },
  (params) => secondmentStream(params.processId, params.secondmentId),
);
