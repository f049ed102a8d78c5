import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';
import { extendMandate } from './extend-mandate';
import { openProcess } from './open-process';

export const endpoints = {
  'POST /processes/{processId}': openProcess,
  'GET /processes/{processId}': stateRoute({ params: processParams }, ({ processId }) => {
    const [streamId, decider] = streams.process(processId);
    return { streamId, decider };
  }),
  'POST /processes/{processId}/mandate-extensions': extendMandate,
} as const;

export const handler = dispatch(endpoints);
