import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contribution } from '../../domain/contribution/decide';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { dateSchema, moneySchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { recordedRate } from '../commons/rates';

export const receiveTrancheBody = z.strictObject({
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  receivedOn: dateSchema,
  /** The day of the recorded rate to the budget currency; defaults to the day received. */
  rateDate: dateSchema.optional(),
});

/** A tranche of a pledge arrives (IATI: incoming funds), converted at the rate recorded for its day. */
export const receiveTranche = commandRoute(
  { body: receiveTrancheBody, params: contributionParams },
  201,
  ({ body, params, identity, now }) => {
    const trancheId = randomUUID();
    const { processId, contributionId } = params;
    return async (load) => {
      const source = await load(...contributionStream(processId, contributionId));
      const rate =
        source.state.status === 'pledged' && body.amount.currency !== source.state.budgetCurrency
          ? await recordedRate(
              load,
              processId,
              body.amount.currency,
              source.state.budgetCurrency,
              body.rateDate ?? body.receivedOn,
            )
          : undefined;
      const events = contribution.decide(
        {
          type: 'ReceiveTranche',
          trancheId,
          amount: body.amount,
          receivedOn: body.receivedOn,
          rate,
          by: identity.subject,
          at: now,
        },
        source.state,
      );
      return {
        changes: [{ stream: source, events }],
        result: { contributionId, trancheId, version: source.version + events.length },
      };
    };
  },
);
