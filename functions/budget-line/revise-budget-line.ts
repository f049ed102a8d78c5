import * as z from 'zod';
import { budgetLineParams, budgetLineStream } from '../../domain/budget-line/stream';
import { reviseBudgetLine as decideRevision } from '../../domain/budget-line/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const reviseBudgetLineBody = z.strictObject({
  amount: moneySchema,
  reason: textSchema(500),
  /** The day it was revised; the day of recording in the process's time zone when absent. */
  revisedOn: dateSchema.optional(),
});

/** A recorded revision by an approver (the token's subject), with a reason; never below committed + spent. */
export const reviseBudgetLine = commandRoute(
  { body: reviseBudgetLineBody, params: budgetLineParams },
  200,
  ({ body, params: { processId, lineId }, identity, now }) =>
    multiStream({
      subject: budgetLineStream(processId, lineId),
      // Read, not appended to: its time zone and mandate bound the revision's value date.
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = { type: 'ReviseBudgetLine' as const, ...body, transferId: null };
        return { subject: decideRevision({ ...command, by: identity.subject, at: now }, subject, process) };
      },
      result: ({ subject }) => ({ lineId, version: subject }),
    }),
);
