import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { fold } from '../../domain/decider';
import { disbursement } from '../../domain/disbursement/decide';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { refundInvoice, reverseAndCredit } from '../../domain/disbursement/workflows';
import { invoiceStream } from '../../domain/invoice/stream';
import { processStream } from '../../domain/process/stream';
import { dateSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const reverseDisbursementBody = z.strictObject({
  reason: textSchema(500),
  /** The day the money came back (a refund, a bounced transfer): the month the reversal counts in. */
  reversedOn: dateSchema,
  /** A refund of part of the payment, in its currency; all that is still paid when left out. */
  amount: moneySchema
    .refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] })
    .optional(),
});

/**
 * The correction of a paid disbursement, whole or in part: it stays on record, and the reversal
 * credits line and source with the refunded part. Still `paid` until all of it came back.
 */
export const reverseDisbursement = commandRoute(
  { body: reverseDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, disbursementId } = params;
    // `paid` after a partial refund, `reversed` once all of it came back.
    let status = 'reversed';
    return multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: (paid) => {
        const { lineId, fundingSourceId } = chargedTo(paid);
        const invoice = paid.status === 'none' ? null : paid.supportingDocument;
        return {
          line: budgetLineStream(processId, lineId),
          source: contributionStream(processId, fundingSourceId),
          process: processStream(processId),
          invoice: invoice ? invoiceStream(processId, invoice.sha256) : undefined,
        };
      },
      decide: ({ subject, line, source, process, invoice }) => {
        const { reason, reversedOn, amount } = body;
        const command = {
          type: 'ReverseDisbursement' as const,
          disbursementId,
          reason,
          reversedOn,
          ...(amount ? { amount } : {}),
          by: identity.subject,
          at: now,
        };
        const events = reverseAndCredit(command, subject, line, source, process);
        const reversed = fold(disbursement, subject, events.disbursement);
        status = reversed.status;
        return {
          subject: events.disbursement,
          line: events.line,
          source: events.source,
          invoice: refundInvoice(command, reversed, invoice),
        };
      },
      result: ({ subject }) => ({ disbursementId, status, version: subject }),
    });
  },
);
