import { donorParams } from '../../domain/contribution/stream';
import { processParams } from '../../domain/process/stream';
import { donorSummaries, donorView } from '../../domain/views/donor/donor-view';
import { dispatch } from '../commons/dispatch';
import { RequestError } from '../commons/errors';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { viewQuery } from '../commons/view-context';
import { donorRows } from './rows';

const getDonors = queryRoute({ params: processParams, query: viewQuery }, async ({ params, view }) => {
  const rows = await donorRows(params.processId, view);
  const { today, asOf, knownAt } = view;
  return json(200, {
    processId: params.processId,
    asOf,
    knownAt,
    donors: donorSummaries({ ...rows, today }),
  });
});

/** A donor's view now, or at a business date (`asOf`) as known at an instant (`knownAt`), as an auditor re-asks it. */
const getDonor = queryRoute({ params: donorParams, query: viewQuery }, async ({ params, view }) => {
  const rows = await donorRows(params.processId, view);
  const donor = donorView({ ...rows, donorId: params.donorId, today: view.today });
  if (!donor) throw new RequestError(404, 'donor-not-found');
  const { asOf, knownAt } = view;
  return json(200, { processId: params.processId, asOf, knownAt, ...donor });
});

export const handler = dispatch('Donors', { getDonors, getDonor });
