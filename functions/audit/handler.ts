import { dispatch } from '../commons/dispatch';
import { getAuditReport } from './audit-report';
import { verifyReport } from './verify-report';

export const endpoints = {
  'GET /processes/{processId}/donors/{donorId}/audit-report': getAuditReport,
  'POST /processes/{processId}/audit-reports/verify': verifyReport,
} as const;

export const handler = dispatch(endpoints);
