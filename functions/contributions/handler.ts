import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { pledgeContribution } from './pledge-contribution';
import { receiveTranche } from './receive-tranche';
import { getExchangeRate, recordExchangeRate } from './record-exchange-rate';

const getContribution = stateRoute({ params: contributionParams }, ({ processId, contributionId }) =>
  contributionStream(processId, contributionId),
);

export const handler = dispatch('Contributions', {
  pledgeContribution,
  getContribution,
  receiveTranche,
  recordExchangeRate,
  getExchangeRate,
});
