import { dispatch } from '../commons/dispatch';
import { approveDisbursement } from './approve-disbursement';
import { getDisbursement } from './get-disbursement';
import { payDisbursement } from './pay-disbursement';
import { rejectDisbursement } from './reject-disbursement';
import { requestDisbursement } from './request-disbursement';
import { reverseDisbursement } from './reverse-disbursement';

export const endpoints = {
  'POST /processes/{processId}/disbursements': requestDisbursement,
  'GET /processes/{processId}/disbursements/{disbursementId}': getDisbursement,
  'POST /processes/{processId}/disbursements/{disbursementId}/approve': approveDisbursement,
  'POST /processes/{processId}/disbursements/{disbursementId}/reject': rejectDisbursement,
  'POST /processes/{processId}/disbursements/{disbursementId}/pay': payDisbursement,
  'POST /processes/{processId}/disbursements/{disbursementId}/reverse': reverseDisbursement,
} as const;

export const handler = dispatch(endpoints);
