import { donorSummaries, donorView } from '../../domain/views/donor/donor-view';
import { dispatch } from '../commons/dispatch';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { json } from '../commons/responses';
import { todayQuery } from '../commons/view-context';
import { donorParams } from './params';
import { donorRows } from './rows';

export const endpoints = {
  'GET /processes/{processId}/donors': queryRoute(
    {
      params: processParams,
      query: todayQuery,
      summary: 'Every donor with its headline figures and next report due',
    },
    async ({ params, view: { today } }) => {
      const rows = await donorRows(params.processId);
      return json(200, { processId: params.processId, donors: donorSummaries({ ...rows, today }) });
    },
  ),
  'GET /processes/{processId}/donors/{donorId}': queryRoute(
    {
      params: donorParams,
      query: todayQuery,
      summary:
        'A donor’s reporting lines: contributions, staff it funds, what its money paid for, reports due',
    },
    async ({ params, view: { today } }) => {
      const rows = await donorRows(params.processId);
      const view = donorView({ ...rows, donorId: params.donorId, today });
      if (!view) throw new RequestError(404, 'donor-not-found');
      return json(200, { processId: params.processId, ...view });
    },
  ),
} as const;

export const handler = dispatch(endpoints);
