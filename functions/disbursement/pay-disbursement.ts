import { z } from 'zod';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { payOn } from '../../domain/disbursement/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const payDisbursementBody = z.strictObject({ paymentReference: textSchema(100), paidOn: dateSchema });

/** The process is read, not appended to: its time zone and mandate bound the payment's value date. */
export const payDisbursement = commandRoute(
  { body: payDisbursementBody, params: disbursementParams },
  200,
  ({ body, params: { processId, disbursementId }, identity, now }) =>
    multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'PayDisbursement' as const,
          disbursementId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: payOn(command, subject, process) };
      },
      result: ({ subject }) => ({ disbursementId, status: 'paid', version: subject }),
    }),
);
