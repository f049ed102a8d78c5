import * as z from 'zod';
import { processParams } from '../../domain/process/stream';
import {
  type DisbursementListRow,
  disbursementsPartition,
  listOrderOn,
} from '../../domain/views/disbursements';
import { idSchema } from '../../events/schemas';
import { queryRoute } from '../commons/http';
import { equal, itemOf, listPage, pageQuery } from '../commons/list-page';
import { json } from '../commons/responses';
import { dateRange, inOrder, rangeRefusal } from './dates';

const statuses = ['requested', 'approved', 'rejected', 'withdrawn', 'paid', 'reversed'] as const;

const disbursementsQuery = z
  .strictObject({
    status: z.enum(statuses).optional(),
    lineId: idSchema.optional(),
    sourceId: idSchema.optional().describe('The funding source (contribution) charged'),
    requestedBy: z.string().min(1).max(200).optional().describe('The maker, by the subject of their token'),
    ...dateRange,
    excludeOwn: z
      .enum(['true', 'false'])
      .optional()
      .describe('true: leave out the caller’s own requests, which the caller may not approve'),
    ...pageQuery,
  })
  .refine(inOrder, rangeRefusal);

/**
 * The finance desk's disbursements, newest request first (by value date, then when recorded), read
 * from the list-order index; the dates bound that index's key, the other filters are DynamoDB's.
 */
export const listDisbursements = queryRoute(
  {
    params: processParams,
    query: disbursementsQuery,
    description:
      'The approvals queue is `?status=requested&excludeOwn=true`: the requests awaiting a checker other than their maker.',
  },
  async ({ params: { processId }, query, identity }) => {
    const { from, to, limit, cursor } = query;
    const page = await listPage(
      {
        pk: disbursementsPartition(processId),
        newestFirst: {
          between: [listOrderOn(from ?? '0000-01-01', 'first'), listOrderOn(to ?? '9999-12-31', 'last')],
        },
        where: [
          equal('status', query.status),
          equal('lineId', query.lineId),
          equal('sourceId', query.sourceId),
          equal('requestedBy', query.requestedBy),
          {
            path: 'requestedBy',
            is: '<>',
            value: query.excludeOwn === 'true' ? identity.subject : undefined,
          },
        ],
      },
      { limit, cursor },
    );
    return json(200, {
      ...page,
      items: page.items.map((item) => {
        const { state: _, ...row } = itemOf<Omit<DisbursementListRow, 'listOrder'>>(item);
        return row;
      }),
    });
  },
);
