import { processParams, processStream } from '../../domain/process/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { extendMandate } from './extend-mandate';
import { openProcess } from './open-process';

export const endpoints = {
  'POST /processes/{processId}': openProcess,
  'GET /processes/{processId}': stateRoute({ params: processParams }, ({ processId }) =>
    processStream(processId),
  ),
  'POST /processes/{processId}/mandate-extensions': extendMandate,
} as const;

export const handler = dispatch(endpoints);
