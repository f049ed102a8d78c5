import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { budgetDraftStream } from '../../domain/budget-draft/stream';
import { prepareBudgetDraft as decidePreparation } from '../../domain/budget-draft/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { textSchema } from '../../events/schemas';
import { budgetLineSchema } from '../budget-line/adopt-budget-line';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/**
 * Adopting a draft is one transaction of at most 100 items: the draft's event, the process checked,
 * the command record and an event per line. Set when each stream also wrote a tip item (2 × 48 + 4);
 * kept, so what a client may send does not change.
 */
export const MAX_LINES_PER_DRAFT = 48;

export const prepareBudgetDraftBody = z.strictObject({
  title: textSchema(200),
  lines: z
    .array(budgetLineSchema)
    .min(1)
    .max(MAX_LINES_PER_DRAFT)
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'line ids must be unique'),
});

/** Who prepared it is the token's subject; the server names the draft. */
export const prepareBudgetDraft = commandRoute(
  { body: prepareBudgetDraftBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const draftId = randomUUID();
    return multiStream({
      subject: budgetDraftStream(params.processId, draftId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => {
        const command = { draftId, ...body, by: identity.subject, at: now };
        return { subject: decidePreparation(command, subject, process) };
      },
      result: ({ subject }) => ({ draftId, status: 'prepared', version: subject }),
    });
  },
);
