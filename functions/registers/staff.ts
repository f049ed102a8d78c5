import * as z from 'zod';
import { processParams } from '../../domain/process/stream';
import { type StaffRow, staffingPartition, standingOn } from '../../domain/views/staffing';
import { appointmentTermsSchema } from '../../events/catalog/appointment';
import { textSchema, unitSchema } from '../../events/schemas';
import { queryRoute } from '../commons/http';
import { equal, listPage, pageQuery } from '../commons/list-page';
import { json } from '../commons/responses';
import { todayQuery } from './dates';

const standing = z
  .enum(['planned', 'active', 'ended'])
  .optional()
  .describe('On the day asked: not started yet, in force, or past its last day');

/**
 * The status depends on the day asked, so it is judged on each row read, not by DynamoDB; the item's
 * `status` is that one, its recorded one (ended early or not) is in `ended`.
 */
const itemOn = (today: string) => (stored: Record<string, unknown>) => {
  const row = stored as unknown as StaffRow;
  const record = row.kind === 'appointment' ? row.appointment : row.secondment;
  return { ...record, status: standingOn(row, today), version: row.version };
};

export const listAppointments = queryRoute(
  {
    params: processParams,
    query: z.strictObject({
      unit: unitSchema.optional(),
      contractType: appointmentTermsSchema.shape.contractType.optional(),
      status: standing,
      ...todayQuery,
      ...pageQuery,
    }),
  },
  async ({ params: { processId }, query, view: { today } }) => {
    const page = await listPage(
      {
        pk: staffingPartition(processId),
        sk: { prefix: 'appointment#' },
        where: [equal('appointment.unit', query.unit), equal('appointment.contractType', query.contractType)],
        keep: (row) =>
          query.status === undefined || standingOn(row as unknown as StaffRow, today) === query.status,
      },
      query,
    );
    return json(200, { ...page, items: page.items.map(itemOn(today)) });
  },
);

export const listSecondments = queryRoute(
  {
    params: processParams,
    query: z.strictObject({
      homeInstitution: textSchema(200).optional().describe('The lending body, as recorded'),
      status: standing,
      ...todayQuery,
      ...pageQuery,
    }),
  },
  async ({ params: { processId }, query, view: { today } }) => {
    const page = await listPage(
      {
        pk: staffingPartition(processId),
        sk: { prefix: 'secondment#' },
        where: [equal('secondment.homeInstitution', query.homeInstitution)],
        keep: (row) =>
          query.status === undefined || standingOn(row as unknown as StaffRow, today) === query.status,
      },
      query,
    );
    return json(200, { ...page, items: page.items.map(itemOn(today)) });
  },
);
