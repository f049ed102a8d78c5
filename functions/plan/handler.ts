import { dispatch } from '../commons/dispatch';
import { getDashboard } from './dashboard';
import { getRiskRegister } from './risk-register';

/** Leadership's views of the plan: the benchmark dashboard and the risk register. */
export const handler = dispatch('Plan', { getDashboard, getRiskRegister });
