import { openingBalanceStream } from '../../domain/opening-balance/stream';
import { processParams } from '../../domain/process/stream';
import { stateRoute } from '../commons/http';

export const getOpeningBalances = stateRoute({ params: processParams }, ({ processId }) =>
  openingBalanceStream(processId),
);
