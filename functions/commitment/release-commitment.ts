import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { reservedOn } from '../../domain/commitment/commitment';
import { commitmentParams, commitmentStream } from '../../domain/commitment/stream';
import { releaseCommitment as decideRelease } from '../../domain/commitment/workflows';
import { contributionStream } from '../../domain/contribution/stream';
import { processStream } from '../../domain/process/stream';
import { dateSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const releaseCommitmentBody = z.strictObject({
  amount: moneySchema.refine((m) => m.amount > 0, { message: 'must be more than zero', path: ['amount'] }),
  reason: textSchema(500),
  /** The day it was released; the day of recording in the process's time zone when absent. */
  releasedOn: dateSchema.optional(),
});

export const releaseCommitment = commandRoute(
  { body: releaseCommitmentBody, params: commitmentParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, commitmentId } = params;
    return multiStream({
      subject: commitmentStream(processId, commitmentId),
      streams: (open) => {
        const { lineId, fundingSourceId } = reservedOn(open);
        return {
          line: budgetLineStream(processId, lineId),
          source: contributionStream(processId, fundingSourceId),
          // Read, not appended to: its time zone and mandate bound the release's value date.
          process: processStream(processId),
        };
      },
      decide: ({ subject, line, source, process }) => {
        const command = { type: 'ReleaseCommitment' as const, ...body, by: identity.subject, at: now };
        const events = decideRelease(command, subject, line, source, process);
        return { subject: events.commitment, line: events.line, source: events.source };
      },
      result: ({ subject }) => ({ commitmentId, version: subject }),
    });
  },
);
