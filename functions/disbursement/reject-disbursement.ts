import * as z from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const rejectDisbursementBody = z.strictObject({ reason: textSchema(500) });

export const rejectDisbursement = aggregateCommand(disbursement)(
  {
    body: rejectDisbursementBody,
    params: disbursementParams,
  },
  200,
  ({ body, params: { processId, disbursementId }, identity, now }) => ({
    streamId: disbursementStream(processId, disbursementId)[0],
    command: {
      type: 'RejectDisbursement',
      disbursementId,
      reason: body.reason,
      by: identity.subject,
      at: now,
    },
    result: () => ({ disbursementId, status: 'rejected' }),
  }),
);
