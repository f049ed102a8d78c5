import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { raiseCommitment as decideRaise } from '../../domain/commitment/workflows';
import { idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';

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
      subject: streams.commitment(processId, commitmentId),
      streams: {
        line: streams.budgetLine(processId, body.lineId),
        source: streams.contribution(processId, body.fundingSourceId),
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
