import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { streams } from '../commons/streams';
import { pledgeContribution } from './pledge-contribution';
import { contributionParams, receiveTranche } from './receive-tranche';
import { getExchangeRate, recordExchangeRate } from './record-exchange-rate';

export const endpoints = {
  'POST /processes/{processId}/contributions': pledgeContribution,
  'GET /processes/{processId}/contributions/{contributionId}': stateRoute(
    { params: contributionParams },
    ({ processId, contributionId }) => {
      const [streamId, decider] = streams.contribution(processId, contributionId);
      return { streamId, decider };
    },
  ),
  'POST /processes/{processId}/contributions/{contributionId}/tranches': receiveTranche,
  'POST /processes/{processId}/exchange-rates': recordExchangeRate,
  'GET /processes/{processId}/exchange-rates/{base}/{quote}/{date}': getExchangeRate,
} as const;

export const handler = dispatch(endpoints);
