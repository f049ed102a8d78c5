import { donorParams } from '../../domain/contribution/stream';
import { processParams } from '../../domain/process/stream';
import { donorSummaries, donorView } from '../../domain/views/donor/donor-view';
import { dispatch } from '../commons/dispatch';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { todayQuery } from '../commons/view-context';
import { donorRows } from './rows';

const getDonors = queryRoute(
  { params: processParams, query: todayQuery },
  async ({ params, view: { today } }) => {
    const rows = await donorRows(params.processId);
    return json(200, { processId: params.processId, donors: donorSummaries({ ...rows, today }) });
  },
);

const getDonor = queryRoute(
  { params: donorParams, query: todayQuery },
  async ({ params, view: { today } }) => {
    const rows = await donorRows(params.processId);
    const view = donorView({ ...rows, donorId: params.donorId, today });
    if (!view) throw new RequestError(404, 'donor-not-found');
    return json(200, { processId: params.processId, ...view });
  },
);

export const handler = dispatch('Donors', { getDonors, getDonor });
