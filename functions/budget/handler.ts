import { commitmentParams, commitmentStream } from '../../domain/commitment/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { adoptBudget } from './adopt-budget';
import { adoptBudgetLine } from './adopt-budget-line';
import { getBudgetLine } from './get-budget-line';
import { raiseCommitment } from './raise-commitment';
import { releaseCommitment } from './release-commitment';
import { reviseBudgetLine } from './revise-budget-line';
import { transferFunds } from './transfer-between-lines';

const getCommitment = stateRoute({ params: commitmentParams }, ({ processId, commitmentId }) =>
  commitmentStream(processId, commitmentId),
);

export const handler = dispatch('Budget', {
  adoptBudget,
  transferFunds,
  adoptBudgetLine,
  getBudgetLine,
  reviseBudgetLine,
  raiseCommitment,
  getCommitment,
  releaseCommitment,
});
