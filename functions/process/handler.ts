import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';
import { extendMandate } from './extend-mandate';
import { openProcess } from './open-process';

const getProcess = stateRoute({ params: processParams }, ({ processId }) => {
  const [streamId, decider] = streams.process(processId);
  return { streamId, decider };
});

export const handler = dispatch('Process', { openProcess, getProcess, extendMandate });
