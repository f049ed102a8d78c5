import * as z from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const withdrawDisbursementBody = z.strictObject({ reason: textSchema(500) });

/** Only the request's own stream: nothing was charged, so the line and source are not touched. */
export const withdrawDisbursement = aggregateCommand(disbursement)(
  { body: withdrawDisbursementBody, params: disbursementParams },
  200,
  ({ body, params: { processId, disbursementId }, identity, now }) => ({
    streamId: disbursementStream(processId, disbursementId)[0],
    command: {
      type: 'WithdrawDisbursement',
      disbursementId,
      reason: body.reason,
      by: identity.subject,
      at: now,
    },
    result: () => ({ disbursementId, status: 'withdrawn' }),
  }),
);
