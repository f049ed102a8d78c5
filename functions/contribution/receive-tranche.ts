import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { contributionParams, contributionStream } from '../../domain/contribution/stream';
import { receiveTrancheOn } from '../../domain/contribution/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, moneySchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { trancheRate } from '../commons/rates';

export const receiveTrancheBody = z.strictObject({
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  receivedOn: dateSchema,
  /** The day of the recorded rate to the budget currency; defaults to the day received. */
  rateDate: dateSchema.optional(),
});

/**
 * A tranche of a pledge arrives (IATI: incoming funds), converted at the rate recorded for its day;
 * the process is read, not appended to: its time zone and mandate bound the day received.
 */
export const receiveTranche = commandRoute(
  { body: receiveTrancheBody, params: contributionParams },
  201,
  ({ body, params, identity, now }) => {
    const trancheId = randomUUID();
    const { processId, contributionId } = params;
    return multiStream({
      subject: contributionStream(processId, contributionId),
      streams: { process: processStream(processId) },
      decide: async ({ subject, process }, read) => {
        const { amount, receivedOn } = body;
        const rate = await trancheRate(read, processId, subject, amount, body.rateDate ?? receivedOn);
        const command = { trancheId, amount, receivedOn, rate, by: identity.subject, at: now };
        return { subject: receiveTrancheOn(command, subject, process) };
      },
      result: ({ subject }) => ({ contributionId, trancheId, version: subject }),
    });
  },
);
