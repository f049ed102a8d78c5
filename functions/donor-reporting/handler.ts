import { dispatch } from '../commons/dispatch';
import { submitDonorReport } from './submit-donor-report';

export const handler = dispatch('DonorReporting', { submitDonorReport });
