import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contribution } from '../../domain/contribution/decide';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { dateSchema, moneySchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
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
    return multiStream({
      subject: contributionStream(processId, contributionId),
      streams: {},
      decide: async ({ subject }, read) => {
        const { amount, receivedOn } = body;
        const rate =
          subject.status === 'pledged' && amount.currency !== subject.budgetCurrency
            ? await recordedRate(
                read,
                processId,
                amount.currency,
                subject.budgetCurrency,
                body.rateDate ?? receivedOn,
              )
            : undefined;
        const command = { type: 'ReceiveTranche' as const, trancheId, amount, receivedOn, rate };
        return { subject: contribution.decide({ ...command, by: identity.subject, at: now }, subject) };
      },
      result: ({ subject }) => ({ contributionId, trancheId, version: subject }),
    });
  },
);
