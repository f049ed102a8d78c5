import { z } from 'zod';
import { budgetLine } from '../../domain/budget-line/decide';
import { streamIdOf } from '../../events/envelope';
import { idSchema } from '../../events/schemas';
import { stateRoute } from '../commons/http';

export const budgetLineParams = z.strictObject({ processId: idSchema, lineId: idSchema });

export const getBudgetLine = stateRoute({ params: budgetLineParams }, (params) => ({
  streamId: streamIdOf(params.processId, 'budget-line', params.lineId),
  decider: budgetLine,
}));
