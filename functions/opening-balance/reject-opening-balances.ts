import * as z from 'zod';
import { openingBalance } from '../../domain/opening-balance/decide';
import { openingBalanceStream } from '../../domain/opening-balance/stream';
import { processParams } from '../../domain/process/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const rejectOpeningBalancesBody = z.strictObject({ reason: textSchema(500) });

/** Only the opening balances' own stream: nothing was brought onto a line or a contribution. */
export const rejectOpeningBalances = aggregateCommand(openingBalance)(
  { body: rejectOpeningBalancesBody, params: processParams },
  200,
  ({ body, params: { processId }, identity, now }) => ({
    streamId: openingBalanceStream(processId)[0],
    command: { type: 'RejectOpeningBalances', reason: body.reason, by: identity.subject, at: now },
    result: () => ({ processId, status: 'rejected' }),
  }),
);
