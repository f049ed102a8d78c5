import { budgetLineParams, budgetLineStream } from '../../domain/budget-line/stream';
import { stateRoute } from '../commons/http';

export const getBudgetLine = stateRoute({ params: budgetLineParams }, ({ processId, lineId }) =>
  budgetLineStream(processId, lineId),
);
