import { process } from '../../domain/process/decide';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { extendMandate } from './extend-mandate';
import { openProcess, processStream } from './open-process';

export const endpoints = {
  'POST /processes/{processId}': openProcess,
  'GET /processes/{processId}': stateRoute({ params: processParams }, (params) => ({
    streamId: processStream(params.processId),
    decider: process,
  })),
  'POST /processes/{processId}/mandate-extensions': extendMandate,
} as const;

export const handler = dispatch(endpoints);
