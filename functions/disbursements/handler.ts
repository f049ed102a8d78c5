import { dispatch } from '../commons/dispatch';
import { approveDisbursement } from './approve-disbursement';
import { getDisbursement } from './get-disbursement';
import { rejectDisbursement } from './reject-disbursement';
import { requestDisbursement } from './request-disbursement';

export const endpoints = {
  'POST /processes/{processId}/disbursements': requestDisbursement,
  'GET /processes/{processId}/disbursements/{disbursementId}': getDisbursement,
  'POST /processes/{processId}/disbursements/{disbursementId}/approve': approveDisbursement,
  'POST /processes/{processId}/disbursements/{disbursementId}/reject': rejectDisbursement,
} as const;

export const handler = dispatch(endpoints);
