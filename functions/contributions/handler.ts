import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { dispatch } from '../commons/dispatch';
import { stateRoute } from '../commons/http';
import { pledgeContribution } from './pledge-contribution';
import { receiveTranche } from './receive-tranche';
import { getExchangeRate, recordExchangeRate } from './record-exchange-rate';

export const endpoints = {
  'POST /processes/{processId}/contributions': pledgeContribution,
  'GET /processes/{processId}/contributions/{contributionId}': stateRoute(
    { params: contributionParams },
    ({ processId, contributionId }) => contributionStream(processId, contributionId),
  ),
  'POST /processes/{processId}/contributions/{contributionId}/tranches': receiveTranche,
  'POST /processes/{processId}/exchange-rates': recordExchangeRate,
  'GET /processes/{processId}/exchange-rates/{base}/{quote}/{date}': getExchangeRate,
} as const;

export const handler = dispatch(endpoints);
