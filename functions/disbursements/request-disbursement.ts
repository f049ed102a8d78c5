import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { budgetLine } from '../../domain/budget-line/decide';
import { disbursement } from '../../domain/disbursement/decide';
import { requestDisbursement as decideRequest } from '../../domain/disbursement/workflows';
import { streamIdOf } from '../../events/envelope';
import { idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { processParams } from '../commons/params';

export const requestDisbursementBody = z.strictObject({
  lineId: idSchema,
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  payee: textSchema(200),
  purpose: textSchema(500),
});

export const requestDisbursement = commandRoute(
  { body: requestDisbursementBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const disbursementId = randomUUID();
    return async (load) => {
      // The disbursement first: it is the command's subject, the stream an If-Match names.
      const requested = await load(
        streamIdOf(params.processId, 'disbursement', disbursementId),
        disbursement,
      );
      const line = await load(streamIdOf(params.processId, 'budget-line', body.lineId), budgetLine);
      const events = decideRequest(
        { type: 'RequestDisbursement', disbursementId, ...body, by: identity.subject, at: now },
        requested.state,
        line.state,
      );
      return {
        changes: [{ stream: requested, events }],
        result: { disbursementId, status: 'requested', version: requested.version + events.length },
      };
    };
  },
);
