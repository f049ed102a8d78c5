import { z } from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const payDisbursementBody = z.strictObject({ paymentReference: textSchema(100), paidOn: dateSchema });

export const payDisbursement = aggregateCommand(disbursement)(
  {
    body: payDisbursementBody,
    params: disbursementParams,
  },
  200,
  ({ body, params: { processId, disbursementId }, identity, now }) => ({
    streamId: disbursementStream(processId, disbursementId)[0],
    command: { type: 'PayDisbursement', disbursementId, ...body, by: identity.subject, at: now },
    result: () => ({ disbursementId, status: 'paid' }),
  }),
);
