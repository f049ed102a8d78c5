import { dispatch } from '../commons/dispatch';
import { submitDonorReport } from './submit-donor-report';

export const endpoints = {
  'POST /processes/{processId}/contributions/{contributionId}/reports': submitDonorReport,
} as const;

export const handler = dispatch(endpoints);
