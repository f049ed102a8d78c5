import * as z from 'zod';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { payInvoice, payOn } from '../../domain/disbursement/workflows';
import { invoiceStream } from '../../domain/invoice/stream';
import { processStream } from '../../domain/process/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const payDisbursementBody = z.strictObject({
  paymentReference: textSchema(100),
  paidOn: dateSchema,
  /** Paying an invoice another payment still pays (a second instalment billed on one invoice), with why. */
  override: z.strictObject({ reason: textSchema(500) }).optional(),
});

/**
 * The process is read, not appended to: its time zone and mandate bound the payment's value date. The
 * invoice's stream serialises two payments of one invoice, so only one of them goes through unchecked.
 */
export const payDisbursement = commandRoute(
  { body: payDisbursementBody, params: disbursementParams },
  200,
  ({ body, params: { processId, disbursementId }, identity, now }) =>
    multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: (approved) => {
        const invoice = approved.status === 'none' ? null : approved.supportingDocument;
        return {
          process: processStream(processId),
          invoice: invoice ? invoiceStream(processId, invoice.sha256) : undefined,
        };
      },
      decide: ({ subject, process, invoice }) => {
        const command = {
          type: 'PayDisbursement' as const,
          disbursementId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return {
          subject: payOn(command, subject, process),
          invoice: payInvoice(command, subject, invoice),
        };
      },
      result: ({ subject }) => ({ disbursementId, status: 'paid', version: subject }),
    }),
);
