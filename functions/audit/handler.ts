import { dispatch } from '../commons/dispatch';
import { getAuditReport } from './audit-report';
import { verifyReport } from './verify-report';

export const handler = dispatch('Audit', { getAuditReport, verifyReport });
