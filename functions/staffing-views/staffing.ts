import { refuse } from '../../domain/errors';
import { processParams } from '../../domain/process/stream';
import { type MandateRow, mandateProjection, mandateRowKey } from '../../domain/views/mandate';
import { type StaffRow, staffingPartition, staffingProjection } from '../../domain/views/staffing';
import { staffingView } from '../../domain/views/staffing-view';
import { type UnitsRow, unitsIn, unitsProjection, unitsRowKey } from '../../domain/views/units';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { viewQuery } from '../commons/view-context';
import { viewRows } from '../commons/view-rows';

const projections = [staffingProjection, mandateProjection, unitsProjection];

/** Leadership's and HR's view of who is in post today, what is vacant, what ends soon, and the mix. */
export const getStaffing = queryRoute(
  {
    params: processParams,
    query: viewQuery,
  },
  async ({ params: { processId }, view }) => {
    const source = await viewRows(processId, view, projections);
    const [mandates, staff, units] = await Promise.all([
      source.rows<MandateRow>(mandateRowKey(processId).pk),
      source.rows<StaffRow>(staffingPartition(processId)),
      source.rows<UnitsRow>(unitsRowKey(processId).pk),
    ]);
    const mandate = mandates[0] ?? refuse('process-not-found');
    return json(200, {
      processId,
      asOf: source.asOf,
      knownAt: source.knownAt,
      ...staffingView(staff, source.today, mandate.independenceThresholdPercent, unitsIn(units)),
    });
  },
);
