import { dispatch } from '../commons/dispatch';
import { adoptBudgetLine } from './adopt-budget-line';
import { getBudgetLine } from './get-budget-line';

export const endpoints = {
  'POST /processes/{processId}/budget-lines': adoptBudgetLine,
  'GET /processes/{processId}/budget-lines/{lineId}': getBudgetLine,
} as const;

export const handler = dispatch(endpoints);
