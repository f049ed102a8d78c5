import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { stateRoute } from '../commons/http';
import { streams } from '../commons/streams';

export const budgetLineParams = z.strictObject({ processId: idSchema, lineId: idSchema });

export const getBudgetLine = stateRoute({ params: budgetLineParams }, ({ processId, lineId }) => {
  const [streamId, decider] = streams.budgetLine(processId, lineId);
  return { streamId, decider };
});
