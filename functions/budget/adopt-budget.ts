import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { adoptBudgetLine as decideAdoption } from '../../domain/budget-line/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import type { StreamChange } from '../../events/stream-items';
import { commandRoute } from '../commons/http';
import { budgetLineSchema } from './adopt-budget-line';

/**
 * Each line is its own stream (so approvals on different lines never contend), and an adoption is one
 * transaction: a tip and an event per line plus the command record must fit DynamoDB's 100 items.
 */
export const MAX_LINES_PER_ADOPTION = 49;

export const adoptBudgetBody = z.strictObject({
  lines: z
    .array(budgetLineSchema)
    .min(1)
    .max(MAX_LINES_PER_ADOPTION)
    .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, 'line ids must be unique'),
});

export const adoptBudget = commandRoute(
  { body: adoptBudgetBody, params: processParams },
  201,
  ({ body, params, identity, now }) =>
    async (load) => {
      const process = await load(...processStream(params.processId));
      const changes: StreamChange[] = [];
      for (const { lineId, ...line } of body.lines) {
        const stream = await load(...budgetLineStream(params.processId, lineId));
        const command = { type: 'AdoptBudgetLine' as const, lineId, ...line, by: identity.subject, at: now };
        changes.push({ stream, events: decideAdoption(command, stream.state, process.state) });
      }
      return {
        changes,
        result: {
          lines: body.lines.map(({ lineId }, i) => ({ lineId, version: changes[i]?.events.length ?? 0 })),
        },
      };
    },
);
