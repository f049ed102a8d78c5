import { dispatch } from '../commons/dispatch';
import { getStaffing } from './staffing';

export const endpoints = {
  'GET /processes/{processId}/staffing': getStaffing,
} as const;

export const handler = dispatch(endpoints);
