import { z } from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';
import { disbursementParams } from '../commons/params';
import { streams } from '../commons/streams';

export const rejectDisbursementBody = z.strictObject({ reason: textSchema(500) });

export const rejectDisbursement = aggregateCommand(disbursement)(
  {
    body: rejectDisbursementBody,
    params: disbursementParams,
  },
  200,
  ({ body, params: { processId, disbursementId }, identity, now }) => ({
    streamId: streams.disbursement(processId, disbursementId)[0],
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
