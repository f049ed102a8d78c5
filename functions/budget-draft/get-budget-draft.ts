import { budgetDraftParams, budgetDraftStream } from '../../domain/budget-draft/stream';
import { stateRoute } from '../commons/http';

export const getBudgetDraft = stateRoute({ params: budgetDraftParams }, ({ processId, draftId }) =>
  budgetDraftStream(processId, draftId),
);
