import { z } from 'zod';
import { budgetLine } from '../../domain/budget-line/decide';
import { moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { streams } from '../commons/streams';
import { budgetLineParams } from './get-budget-line';

export const reviseBudgetLineBody = z.strictObject({ amount: moneySchema, reason: textSchema(500) });

/** A recorded revision by an approver (the token's subject), with a reason; never below committed + spent. */
export const reviseBudgetLine = commandRoute(
  { body: reviseBudgetLineBody, params: budgetLineParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const line = await load(...streams.budgetLine(params.processId, params.lineId));
      const events = budgetLine.decide(
        { type: 'ReviseBudgetLine', ...body, transferId: null, by: identity.subject, at: now },
        line.state,
      );
      return {
        changes: [{ stream: line, events }],
        result: { lineId: params.lineId, version: line.version + events.length },
      };
    },
);
