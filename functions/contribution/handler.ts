import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { dispatch } from '../commons/dispatch';
import { historyRoute, stateRoute } from '../commons/http';
import { approveTrancheCorrection } from './approve-tranche-correction';
import { correctDonorReport } from './correct-donor-report';
import { correctPledge } from './correct-pledge';
import { pledgeContribution } from './pledge-contribution';
import { proposeTrancheCorrection } from './propose-tranche-correction';
import { receiveTranche } from './receive-tranche';
import { rejectTrancheCorrection } from './reject-tranche-correction';
import { submitDonorReport } from './submit-donor-report';

const getContribution = stateRoute({ params: contributionParams }, ({ processId, contributionId }) =>
  contributionStream(processId, contributionId),
);

const getContributionHistory = historyRoute({ params: contributionParams }, ({ processId, contributionId }) =>
  contributionStream(processId, contributionId),
);

export const handler = dispatch('Contribution', {
  pledgeContribution,
  getContribution,
  getContributionHistory,
  correctPledge,
  receiveTranche,
  proposeTrancheCorrection,
  approveTrancheCorrection,
  rejectTrancheCorrection,
  submitDonorReport,
  correctDonorReport,
});
