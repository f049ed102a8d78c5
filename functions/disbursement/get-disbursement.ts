import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { historyRoute, stateRoute } from '../commons/http';

export const getDisbursement = stateRoute({ params: disbursementParams }, ({ processId, disbursementId }) =>
  disbursementStream(processId, disbursementId),
);

export const getDisbursementHistory = historyRoute(
  { params: disbursementParams },
  ({ processId, disbursementId }) => disbursementStream(processId, disbursementId),
);
