import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { pledgeContribution } from './pledge-contribution';
import { receiveTranche } from './receive-tranche';
import { submitDonorReport } from './submit-donor-report';

const getContribution = stateRoute({ params: contributionParams }, ({ processId, contributionId }) =>
  contributionStream(processId, contributionId),
);

export const handler = dispatch('Contribution', {
  pledgeContribution,
  getContribution,
  receiveTranche,
  submitDonorReport,
});
