import { dispatch } from '../commons/dispatch';
import { adoptBudgetLine } from './adopt-budget-line';

export const endpoints = {
  'POST /processes/{processId}/budget-lines': adoptBudgetLine,
} as const;

export const handler = dispatch(endpoints);
