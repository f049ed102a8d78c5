import { dispatch } from '../commons/dispatch';
import { getAuditReport } from './audit-report';
import { getDonorIatiActivityFile, getIatiActivityFile } from './iati';
import { verifyReport } from './verify-report';

export const handler = dispatch('Audit', {
  getAuditReport,
  verifyReport,
  getIatiActivityFile,
  getDonorIatiActivityFile,
});
