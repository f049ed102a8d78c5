import { z } from 'zod';
import { reservedOn } from '../../domain/commitment/commitment';
import { releaseCommitment as decideRelease } from '../../domain/commitment/workflows';
import { idSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { streams } from '../commons/streams';

export const commitmentParams = z.strictObject({ processId: idSchema, commitmentId: idSchema });

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
      const open = await load(...streams.commitment(processId, commitmentId));
      const { lineId, fundingSourceId } = reservedOn(open.state);
      const line = await load(...streams.budgetLine(processId, lineId));
      const source = await load(...streams.contribution(processId, fundingSourceId));
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
