import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { commitmentStream } from '../../domain/commitment/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { disbursementStream } from '../../domain/disbursement/stream';
import { requestDisbursement as decideRequest, presentInvoice } from '../../domain/disbursement/workflows';
import { alsoBacking } from '../../domain/invoice/decide';
import { invoiceStream } from '../../domain/invoice/stream';
import { processParams, processStream } from '../../domain/process/stream';
import { supportingDocumentSchema } from '../../events/catalog/disbursement';
import { dateSchema, idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { recordedRate } from '../commons/rates';

export const requestDisbursementBody = z.strictObject({
  lineId: idSchema,
  fundingSourceId: idSchema,
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  /** The day of the recorded rate to use when the amount is not in the budget currency. */
  rateDate: dateSchema.optional(),
  payee: textSchema(200),
  purpose: textSchema(500),
  supportingDocument: supportingDocumentSchema,
  /** The commitment (contract, purchase order) it pays, open on the same line and source. */
  commitmentId: idSchema.optional(),
  /** The day it was requested; the day of recording in the process's time zone when absent. */
  requestedOn: dateSchema.optional(),
});

export const requestDisbursement = commandRoute(
  { body: requestDisbursementBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const disbursementId = randomUUID();
    const { processId } = params;
    const { sha256 } = body.supportingDocument;
    // The other requests the same invoice backs: a warning in the answer, not a refusal.
    let alsoBacks: string[] = [];
    return multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: {
        line: budgetLineStream(processId, body.lineId),
        source: contributionStream(processId, body.fundingSourceId),
        commitment: body.commitmentId ? commitmentStream(processId, body.commitmentId) : undefined,
        invoice: invoiceStream(processId, sha256),
        // Read, not appended to: its time zone and mandate bound the request's value date.
        process: processStream(processId),
      },
      decide: async ({ subject, line, source, commitment, process, invoice }, read) => {
        const { rateDate, ...request } = body;
        const rate =
          rateDate && line.status === 'adopted'
            ? await recordedRate(read, processId, body.amount.currency, line.allocated.currency, rateDate)
            : undefined;
        const command = { type: 'RequestDisbursement' as const, disbursementId, ...request, rate };
        const actor = { by: identity.subject, at: now };
        const requested = { ...command, ...actor };
        alsoBacks = alsoBacking(invoice, disbursementId);
        return {
          subject: decideRequest(requested, subject, line, source, process, commitment),
          invoice: presentInvoice(requested, disbursementId, invoice),
        };
      },
      result: ({ subject }) => ({
        disbursementId,
        status: 'requested',
        version: subject,
        ...(alsoBacks.length > 0
          ? { warnings: [{ code: 'invoice-already-presented', sha256, disbursementIds: alsoBacks }] }
          : {}),
      }),
    });
  },
);
