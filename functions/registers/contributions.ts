import * as z from 'zod';
import { processParams } from '../../domain/process/stream';
import {
  type DonorContributionRow,
  donorContributionsPartition,
} from '../../domain/views/donor/contributions';
import { idSchema } from '../../events/schemas';
import { queryRoute } from '../commons/http';
import { equal, itemOf, listPage, pageQuery } from '../commons/list-page';
import { json } from '../commons/responses';

/** The contributions as their donors see them, one row each: pledge, money in, committed, charged, reports. */
export const listContributions = queryRoute(
  {
    params: processParams,
    query: z.strictObject({ donorId: idSchema.optional(), ...pageQuery }),
  },
  async ({ params: { processId }, query: { donorId, limit, cursor } }) => {
    const page = await listPage(
      {
        pk: donorContributionsPartition(processId),
        sk: { prefix: 'contribution#' },
        where: [equal('donorId', donorId)],
      },
      { limit, cursor },
    );
    return json(200, { ...page, items: page.items.map((item) => itemOf<DonorContributionRow>(item)) });
  },
);
