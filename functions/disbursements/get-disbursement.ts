import { disbursement } from '../../domain/disbursement/decide';
import { streamIdOf } from '../../events/envelope';
import { stateRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';

export const getDisbursement = stateRoute({ params: disbursementParams }, (params) => ({
  streamId: streamIdOf(params.processId, 'disbursement', params.disbursementId),
  decider: disbursement,
}));
