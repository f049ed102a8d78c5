import { donorParams } from '../../domain/contribution/stream';
import { processParams } from '../../domain/process/stream';
import { donorSummaries, donorView } from '../../domain/views/donor/donor-view';
import { dispatch } from '../commons/dispatch';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { donorRows } from './rows';

/** The day the reporting calendar is read on: the handler's clock, never the domain's. */
const today = () => new Date().toISOString().slice(0, 10);

const getDonors = queryRoute({ params: processParams }, async ({ params }) => {
  const rows = await donorRows(params.processId);
  return json(200, { processId: params.processId, donors: donorSummaries({ ...rows, today: today() }) });
});

const getDonor = queryRoute({ params: donorParams }, async ({ params }) => {
  const rows = await donorRows(params.processId);
  const view = donorView({ ...rows, donorId: params.donorId, today: today() });
  if (!view) throw new RequestError(404, 'donor-not-found');
  return json(200, { processId: params.processId, ...view });
});

export const handler = dispatch('Donors', { getDonors, getDonor });
