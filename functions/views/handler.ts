import { dispatch } from '../commons/dispatch';
import { getBudget } from './budget';

export const endpoints = {
  'GET /processes/{processId}/budget': getBudget,
} as const;

export const handler = dispatch(endpoints);
