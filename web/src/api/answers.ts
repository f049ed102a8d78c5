import type { components, paths } from './schema';

/**
 * The answers the pages read, by name, each the generated type of its route's 200 answer: a change
 * of an answer in the API breaks `tsc -p web` where a page reads it.
 */
export type Get<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer A } } } };
}
  ? A
  : never;
/** The answer of a POST that reads (a report to verify), like `Get`. */
export type Post<P extends keyof paths> = paths[P] extends {
  post: { responses: { 200: { content: { 'application/json': infer A } } } };
}
  ? A
  : never;
type Schema = components['schemas'];

export type Money = Schema['Money'];
export type Process = Get<'/processes/{processId}'>;
export type Budget = Get<'/processes/{processId}/budget'>;
export type BudgetColumns = Schema['BudgetColumns'];
export type BudgetByUnit = Get<'/processes/{processId}/budget/by-unit'>;
export type BudgetByCategory = Get<'/processes/{processId}/budget/by-category'>;
export type BudgetBySource = Get<'/processes/{processId}/budget/by-source'>;
export type MonthlySpend = Get<'/processes/{processId}/budget/monthly'>;
export type BudgetForecast = Get<'/processes/{processId}/budget/forecast'>;
export type Dashboard = Get<'/processes/{processId}/dashboard'>;
export type DashboardBenchmark = Schema['DashboardBenchmark'];
export type Benchmark = Get<'/processes/{processId}/benchmarks/{benchmarkId}'>;
export type RiskRegister = Get<'/processes/{processId}/risk-register'>;
export type RegisterEntry = Schema['RegisterEntry'];
export type HeatCell = Schema['HeatMapCell'];
export type Risk = Get<'/processes/{processId}/risks/{riskId}'>;
export type Staffing = Get<'/processes/{processId}/staffing'>;
export type RosterEntry = Schema['RosterEntry'];

/** The caller as its token says: subject, roles, processes and donor id. */
export type Identity = Get<'/me'>;
/** A record's history, the same answer for every record: its own stream, in order. */
export type History = Get<'/processes/{processId}/risks/{riskId}/history'>;
