import { adoptBudgetDraft } from '../budget-draft/adopt-budget-draft';
import { getBudgetDraft } from '../budget-draft/get-budget-draft';
import { prepareBudgetDraft } from '../budget-draft/prepare-budget-draft';
import { reviseBudgetDraft } from '../budget-draft/revise-budget-draft';
import { withdrawBudgetDraft } from '../budget-draft/withdraw-budget-draft';
import { dispatch } from '../commons/dispatch';
import { approveOpeningBalances } from '../opening-balance/approve-opening-balances';
import { getOpeningBalances } from '../opening-balance/get-opening-balances';
import { proposeOpeningBalances } from '../opening-balance/propose-opening-balances';
import { rejectOpeningBalances } from '../opening-balance/reject-opening-balances';
import { adoptBudget } from './adopt-budget';
import { adoptBudgetLine } from './adopt-budget-line';
import { getBudgetLine, getBudgetLineHistory } from './get-budget-line';
import { reviseBudgetLine } from './revise-budget-line';
import { transferFunds } from './transfer-between-lines';

export const handler = dispatch('BudgetLine', {
  adoptBudget,
  transferFunds,
  adoptBudgetLine,
  getBudgetLine,
  getBudgetLineHistory,
  reviseBudgetLine,
  prepareBudgetDraft,
  getBudgetDraft,
  reviseBudgetDraft,
  withdrawBudgetDraft,
  adoptBudgetDraft,
  proposeOpeningBalances,
  getOpeningBalances,
  approveOpeningBalances,
  rejectOpeningBalances,
});
