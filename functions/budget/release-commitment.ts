import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { reservedOn } from '../../domain/commitment/commitment';
import { commitmentParams, commitmentStream } from '../../domain/commitment/stream';
import { releaseCommitment as decideRelease } from '../../domain/commitment/workflows';
import { contributionStream } from '../../domain/contribution/stream';
import { moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const releaseCommitmentBody = z.strictObject({
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  reason: textSchema(500),
});

export const releaseCommitment = commandRoute(
  { body: releaseCommitmentBody, params: commitmentParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, commitmentId } = params;
      const open = await load(...commitmentStream(processId, commitmentId));
      const { lineId, fundingSourceId } = reservedOn(open.state);
      const line = await load(...budgetLineStream(processId, lineId));
      const source = await load(...contributionStream(processId, fundingSourceId));
      const events = decideRelease(
        { type: 'ReleaseCommitment', ...body, by: identity.subject, at: now },
        open.state,
        line.state,
        source.state,
      );
      return {
        changes: [
          { stream: open, events: events.commitment },
          { stream: line, events: events.line },
          { stream: source, events: events.source },
        ],
        result: { commitmentId, version: open.version + events.commitment.length },
      };
    },
);
