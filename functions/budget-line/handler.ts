import { dispatch } from '../commons/dispatch';
import { adoptBudget } from './adopt-budget';
import { adoptBudgetLine } from './adopt-budget-line';
import { getBudgetLine } from './get-budget-line';
import { reviseBudgetLine } from './revise-budget-line';
import { transferFunds } from './transfer-between-lines';

export const handler = dispatch('BudgetLine', {
  adoptBudget,
  transferFunds,
  adoptBudgetLine,
  getBudgetLine,
  reviseBudgetLine,
});
