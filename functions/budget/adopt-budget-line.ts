import { z } from 'zod';
import { budgetLine } from '../../domain/budget-line/decide';
import { streamIdOf } from '../../events/envelope';
import { costCategorySchema, idSchema, moneySchema, textSchema, unitSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { processParams } from '../commons/params';

export const adoptBudgetLineBody = z.strictObject({
  lineId: idSchema,
  unit: unitSchema,
  activity: textSchema(200),
  costCategory: costCategorySchema,
  amount: moneySchema,
});

export const adoptBudgetLine = commandRoute(
  { body: adoptBudgetLineBody, params: processParams },
  201,
  ({ body, params, identity, now }) =>
    async (load) => {
      const line = await load(streamIdOf(params.processId, 'budget-line', body.lineId), budgetLine);
      const events = budgetLine.decide(
        { type: 'AdoptBudgetLine', ...body, by: identity.subject, at: now },
        line.state,
      );
      return {
        changes: [{ stream: line, events }],
        result: { lineId: body.lineId, version: line.version + events.length },
      };
    },
);
