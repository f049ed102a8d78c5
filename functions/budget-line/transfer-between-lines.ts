import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { transferBetweenLines } from '../../domain/budget-line/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { dateSchema, idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const transferBody = z.strictObject({
  fromLineId: idSchema,
  toLineId: idSchema,
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  reason: textSchema(500),
  /** The day of both revisions; the day of recording in the process's time zone when absent. */
  revisedOn: dateSchema.optional(),
});

export const transferFunds = commandRoute(
  { body: transferBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const transferId = randomUUID();
    // The line the money leaves is the subject: an If-Match names its version.
    return multiStream({
      subject: budgetLineStream(params.processId, body.fromLineId),
      streams: {
        to: budgetLineStream(params.processId, body.toLineId),
        // Read, not appended to: its time zone and mandate bound the transfer's value date.
        process: processStream(params.processId),
      },
      decide: ({ subject, to, process }) => {
        const { amount, reason, revisedOn } = body;
        const events = transferBetweenLines(
          { transferId, amount, reason, revisedOn, by: identity.subject, at: now },
          subject,
          to,
          process,
        );
        return { subject: events.from, to: events.to };
      },
      result: ({ subject, to }) => ({
        transferId,
        versions: { [body.fromLineId]: subject, [body.toLineId]: to },
      }),
    });
  },
);
