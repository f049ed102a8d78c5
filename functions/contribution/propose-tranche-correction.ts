import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { contributionStream, trancheParams } from '../../domain/contribution/stream';
import { proposeTrancheCorrectionOn } from '../../domain/contribution/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { trancheRate } from '../commons/rates';

export const proposeTrancheCorrectionBody = z.strictObject({
  /** The right amount and day, as they should have been entered; either may stay as it was. */
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  receivedOn: dateSchema,
  /** The day of the recorded rate to the budget currency; defaults to the day received. */
  rateDate: dateSchema.optional(),
  reason: textSchema(500),
});

/**
 * A finance officer proposes the right amount or day of a tranche entered wrong, converted at the
 * rate recorded for the right day; nothing moves until an approver other than them approves it.
 */
export const proposeTrancheCorrection = commandRoute(
  { body: proposeTrancheCorrectionBody, params: trancheParams },
  201,
  ({ body, params, identity, now }) => {
    const correctionId = randomUUID();
    const { processId, contributionId, trancheId } = params;
    return multiStream({
      subject: contributionStream(processId, contributionId),
      streams: { process: processStream(processId) },
      decide: async ({ subject, process }, read) => {
        const { amount, receivedOn, reason } = body;
        const rate = await trancheRate(read, processId, subject, amount, body.rateDate ?? receivedOn);
        const command = {
          trancheId,
          correctionId,
          amount,
          receivedOn,
          reason,
          rate,
          by: identity.subject,
          at: now,
        };
        return { subject: proposeTrancheCorrectionOn(command, subject, process) };
      },
      result: ({ subject }) => ({
        contributionId,
        trancheId,
        correctionId,
        status: 'proposed',
        version: subject,
      }),
    });
  },
);
