import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { commitmentStream } from '../../domain/commitment/stream';
import { raiseCommitment as decideRaise } from '../../domain/commitment/workflows';
import { contributionStream } from '../../domain/contribution/stream';
import { processParams } from '../../domain/process/stream';
import { idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

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
    return async (load) => {
      const raised = await load(...commitmentStream(processId, commitmentId));
      const line = await load(...budgetLineStream(processId, body.lineId));
      const source = await load(...contributionStream(processId, body.fundingSourceId));
      const events = decideRaise(
        { type: 'RaiseCommitment', commitmentId, ...body, by: identity.subject, at: now },
        raised.state,
        line.state,
        source.state,
      );
      return {
        changes: [
          { stream: raised, events: events.commitment },
          { stream: line, events: events.line },
          { stream: source, events: events.source },
        ],
        result: { commitmentId, version: raised.version + events.commitment.length },
      };
    };
  },
);
