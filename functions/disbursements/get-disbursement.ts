import { stateRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';
import { streams } from '../commons/streams';

export const getDisbursement = stateRoute({ params: disbursementParams }, ({ processId, disbursementId }) => {
  const [streamId, decider] = streams.disbursement(processId, disbursementId);
  return { streamId, decider };
});
