import { secondment } from '../../domain/secondment/decide';
import { stateRoute } from '../commons/http';
import { secondmentParams, secondmentStream } from './streams';

export const getSecondment = stateRoute({ params: secondmentParams }, (params) => ({
  streamId: secondmentStream(params.processId, params.secondmentId),
  decider: secondment,
}));
