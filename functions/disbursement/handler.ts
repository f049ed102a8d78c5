import { dispatch } from '../commons/dispatch';
import { approveDisbursement } from './approve-disbursement';
import { getDisbursement, getDisbursementHistory } from './get-disbursement';
import { payDisbursement } from './pay-disbursement';
import { rejectDisbursement } from './reject-disbursement';
import { requestDisbursement } from './request-disbursement';
import { reverseDisbursement } from './reverse-disbursement';
import { withdrawDisbursement } from './withdraw-disbursement';

export const handler = dispatch('Disbursement', {
  requestDisbursement,
  getDisbursement,
  getDisbursementHistory,
  approveDisbursement,
  rejectDisbursement,
  withdrawDisbursement,
  payDisbursement,
  reverseDisbursement,
});
