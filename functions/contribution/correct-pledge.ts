import * as z from 'zod';
import { contribution } from '../../domain/contribution/decide';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { moneySchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const correctPledgeBody = z.strictObject({
  /** The pledge as it should have been recorded, in the contribution's currency. */
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  reason: textSchema(500),
});

/** An approver corrects a pledge recorded at the wrong amount, with the reason: never below what was received. */
export const correctPledge = aggregateCommand(contribution)(
  { body: correctPledgeBody, params: contributionParams },
  200,
  ({ body, params: { processId, contributionId }, identity, now }) => ({
    streamId: contributionStream(processId, contributionId)[0],
    command: {
      type: 'CorrectPledge',
      amount: body.amount,
      reason: body.reason,
      by: identity.subject,
      at: now,
    },
    result: () => ({ contributionId, pledged: body.amount }),
  }),
);
