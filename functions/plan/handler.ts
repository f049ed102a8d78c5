import { dispatch } from '../commons/dispatch';
import { getDashboard } from './dashboard';
import { getRiskRegister } from './risk-register';

/** Leadership's views of the plan: the benchmark dashboard and the risk register. */
export const endpoints = {
  'GET /processes/{processId}/dashboard': getDashboard,
  'GET /processes/{processId}/risk-register': getRiskRegister,
} as const;

export const handler = dispatch(endpoints);
