import { processParams, processStream } from '../../domain/process/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { extendMandate } from './extend-mandate';
import { openProcess } from './open-process';
import { organiseUnits } from './organise-units';
import { closePeriod, proposePeriodClose, reopenPeriod } from './periods';
import { setIndependenceThreshold } from './set-threshold';

const getProcess = stateRoute({ params: processParams }, ({ processId }) => processStream(processId));

export const handler = dispatch('Process', {
  openProcess,
  getProcess,
  extendMandate,
  setIndependenceThreshold,
  proposePeriodClose,
  closePeriod,
  reopenPeriod,
  organiseUnits,
});
