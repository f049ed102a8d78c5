import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { stateRoute } from '../commons/http';

export const getDisbursement = stateRoute({ params: disbursementParams }, ({ processId, disbursementId }) =>
  disbursementStream(processId, disbursementId),
);
