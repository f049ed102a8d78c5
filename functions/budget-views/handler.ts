import { dispatch } from '../commons/dispatch';
import {
  getBudget,
  getBudgetByCategory,
  getBudgetBySource,
  getBudgetByUnit,
  getForecast,
  getMonthlySpend,
} from './budget';

export const endpoints = {
  'GET /processes/{processId}/budget': getBudget,
  'GET /processes/{processId}/budget/by-unit': getBudgetByUnit,
  'GET /processes/{processId}/budget/by-category': getBudgetByCategory,
  'GET /processes/{processId}/budget/by-source': getBudgetBySource,
  'GET /processes/{processId}/budget/monthly': getMonthlySpend,
  'GET /processes/{processId}/budget/forecast': getForecast,
} as const;

export const handler = dispatch(endpoints);
