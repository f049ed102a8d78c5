import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { adoptBudgetLine as decideAdoption } from '../../domain/budget-line/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { adoptedOnSchema, budgetLineSchema } from './adopt-budget-line';

/**
 * Each line is its own stream (so approvals on different lines never contend), and an adoption is one
 * transaction of at most 100 items: an event per line plus the command record. Set when each line also
 * wrote a tip item (2 × 49 + 1); kept, so what a client may send does not change.
 */
export const MAX_LINES_PER_ADOPTION = 49;

export const adoptBudgetBody = z.strictObject({
  lines: z
    .array(budgetLineSchema)
    .min(1)
    .max(MAX_LINES_PER_ADOPTION)
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'line ids must be unique'),
  /** One day for every line of the adoption. */
  adoptedOn: adoptedOnSchema,
});

export const adoptBudget = commandRoute(
  { body: adoptBudgetBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    const named = (lineId: string) => `line:${lineId}` as const;
    // The process is the subject: an If-Match on an adoption names the process's version.
    return multiStream({
      subject: processStream(params.processId),
      streams: Object.fromEntries(
        body.lines.map(({ lineId }) => [named(lineId), budgetLineStream(params.processId, lineId)]),
      ) as Record<ReturnType<typeof named>, ReturnType<typeof budgetLineStream>>,
      decide: (states) =>
        Object.fromEntries(
          body.lines.map((line) => {
            const command = {
              type: 'AdoptBudgetLine' as const,
              ...line,
              adoptedOn: body.adoptedOn,
              draftId: null,
              preparedBy: identity.subject,
              by: identity.subject,
              at: now,
            };
            const state = states[named(line.lineId)];
            return [named(line.lineId), state && decideAdoption(command, state, states.subject)];
          }),
        ),
      result: (versions) => ({
        lines: body.lines.map(({ lineId }) => ({ lineId, version: versions[named(lineId)] ?? 0 })),
      }),
    });
  },
);
