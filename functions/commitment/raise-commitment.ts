import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { commitmentStream } from '../../domain/commitment/stream';
import { raiseCommitment as decideRaise } from '../../domain/commitment/workflows';
import { contributionStream } from '../../domain/contribution/stream';
import { processParams } from '../../domain/process/stream';
import { idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const raiseCommitmentBody = z.strictObject({
  lineId: idSchema,
  fundingSourceId: idSchema,
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  description: textSchema(500),
  supplier: textSchema(200),
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
      },
      decide: ({ subject, line, source }) => {
        const command = {
          type: 'RaiseCommitment' as const,
          commitmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        const events = decideRaise(command, subject, line, source);
        return { subject: events.commitment, line: events.line, source: events.source };
      },
      result: ({ subject }) => ({ commitmentId, version: subject }),
    });
  },
);
