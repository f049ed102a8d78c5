import { budgetLineParams, budgetLineStream } from '../../domain/budget-line/stream';
import { historyRoute, stateRoute } from '../commons/http';

export const getBudgetLine = stateRoute({ params: budgetLineParams }, ({ processId, lineId }) =>
  budgetLineStream(processId, lineId),
);

export const getBudgetLineHistory = historyRoute({ params: budgetLineParams }, ({ processId, lineId }) =>
  budgetLineStream(processId, lineId),
);
