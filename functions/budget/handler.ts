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

export const endpoints = {
  'POST /processes/{processId}/budget/adoptions': adoptBudget,
  'POST /processes/{processId}/budget/transfers': transferFunds,
  'POST /processes/{processId}/budget-lines': adoptBudgetLine,
  'GET /processes/{processId}/budget-lines/{lineId}': getBudgetLine,
  'POST /processes/{processId}/budget-lines/{lineId}/revisions': reviseBudgetLine,
  'POST /processes/{processId}/commitments': raiseCommitment,
  'GET /processes/{processId}/commitments/{commitmentId}': stateRoute(
    { params: commitmentParams },
    ({ processId, commitmentId }) => commitmentStream(processId, commitmentId),
  ),
  'POST /processes/{processId}/commitments/{commitmentId}/release': releaseCommitment,
} as const;

export const handler = dispatch(endpoints);
