import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { transferBetweenLines } from '../../domain/budget-line/workflows';
import { processParams } from '../../domain/process/stream';
import { idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const transferBody = z.strictObject({
  fromLineId: idSchema,
  toLineId: idSchema,
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  reason: textSchema(500),
});

export const transferFunds = commandRoute(
  { body: transferBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const transferId = randomUUID();
    return async (load) => {
      const from = await load(...budgetLineStream(params.processId, body.fromLineId));
      const to = await load(...budgetLineStream(params.processId, body.toLineId));
      const { amount, reason } = body;
      const events = transferBetweenLines(
        { transferId, amount, reason, by: identity.subject, at: now },
        from.state,
        to.state,
      );
      return {
        changes: [
          { stream: from, events: events.from },
          { stream: to, events: events.to },
        ],
        result: {
          transferId,
          versions: { [body.fromLineId]: from.version + 1, [body.toLineId]: to.version + 1 },
        },
      };
    };
  },
);
