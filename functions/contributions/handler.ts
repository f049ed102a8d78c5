import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { streams } from '../commons/streams';
import { pledgeContribution } from './pledge-contribution';
import { contributionParams, receiveTranche } from './receive-tranche';
import { getExchangeRate, recordExchangeRate } from './record-exchange-rate';

const getContribution = stateRoute({ params: contributionParams }, ({ processId, contributionId }) => {
  const [streamId, decider] = streams.contribution(processId, contributionId);
  return { streamId, decider };
});

export const handler = dispatch('Contributions', {
  pledgeContribution,
  getContribution,
  receiveTranche,
  recordExchangeRate,
  getExchangeRate,
});
