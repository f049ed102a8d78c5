import { dispatch } from '../commons/dispatch';
import {
  getBudget,
  getBudgetByCategory,
  getBudgetBySource,
  getBudgetByUnit,
  getForecast,
  getMonthlySpend,
} from './budget';

export const handler = dispatch('BudgetViews', {
  getBudget,
  getBudgetByUnit,
  getBudgetByCategory,
  getBudgetBySource,
  getMonthlySpend,
  getForecast,
});
