import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { disbursementStream } from '../../domain/disbursement/stream';
import { requestDisbursement as decideRequest } from '../../domain/disbursement/workflows';
import { processParams } from '../../domain/process/stream';
import { supportingDocumentSchema } from '../../events/catalog/disbursement';
import { dateSchema, idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
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
});

export const requestDisbursement = commandRoute(
  { body: requestDisbursementBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const disbursementId = randomUUID();
    const { processId } = params;
    return async (load) => {
      // The disbursement first: it is the command's subject, the stream an If-Match names.
      const requested = await load(...disbursementStream(processId, disbursementId));
      const line = await load(...budgetLineStream(processId, body.lineId));
      const source = await load(...contributionStream(processId, body.fundingSourceId));
      const { rateDate, ...request } = body;
      const rate =
        rateDate && line.state.status === 'adopted'
          ? await recordedRate(load, processId, body.amount.currency, line.state.allocated.currency, rateDate)
          : undefined;
      const events = decideRequest(
        { type: 'RequestDisbursement', disbursementId, ...request, rate, by: identity.subject, at: now },
        requested.state,
        line.state,
        source.state,
      );
      return {
        changes: [{ stream: requested, events }],
        result: { disbursementId, status: 'requested', version: requested.version + events.length },
      };
    };
  },
);
