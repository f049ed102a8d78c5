import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { commitmentStream } from '../../domain/commitment/stream';
import { raiseCommitment as decideRaise } from '../../domain/commitment/workflows';
import { contributionStream } from '../../domain/contribution/stream';
import { processParams, processStream } from '../../domain/process/stream';
import { dateSchema, idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const raiseCommitmentBody = z.strictObject({
  lineId: idSchema,
  fundingSourceId: idSchema,
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  description: textSchema(500),
  supplier: textSchema(200),
  /** The day it was raised; the day of recording in the process's time zone when absent. */
  raisedOn: dateSchema.optional(),
});

/** A contract or purchase order: reserves on its line and its funding source in one transaction. */
export const raiseCommitment = commandRoute(
  { body: raiseCommitmentBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const commitmentId = randomUUID();
    const { processId } = params;
    return multiStream({
      subject: commitmentStream(processId, commitmentId),
      streams: {
        line: budgetLineStream(processId, body.lineId),
        source: contributionStream(processId, body.fundingSourceId),
        // Read, not appended to: its time zone and mandate bound the commitment's value date.
        process: processStream(processId),
      },
      decide: ({ subject, line, source, process }) => {
        const command = {
          type: 'RaiseCommitment' as const,
          commitmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        const events = decideRaise(command, subject, line, source, process);
        return { subject: events.commitment, line: events.line, source: events.source };
      },
      result: ({ subject }) => ({ commitmentId, version: subject }),
    });
  },
);
