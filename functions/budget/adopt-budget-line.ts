import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { adoptBudgetLine as decideAdoption } from '../../domain/budget-line/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { costCategorySchema, idSchema, moneySchema, textSchema, unitSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const budgetLineSchema = z.strictObject({
  lineId: idSchema,
  unit: unitSchema,
  activity: textSchema(200),
  costCategory: costCategorySchema,
  amount: moneySchema,
});

export const adoptBudgetLine = commandRoute(
  { body: budgetLineSchema, params: processParams },
  201,
  ({ body, params, identity, now }) =>
    async (load) => {
      const line = await load(...budgetLineStream(params.processId, body.lineId));
      const process = await load(...processStream(params.processId));
      const events = decideAdoption(
        { type: 'AdoptBudgetLine', ...body, by: identity.subject, at: now },
        line.state,
        process.state,
      );
      return {
        changes: [{ stream: line, events }],
        result: { lineId: body.lineId, version: line.version + events.length },
      };
    },
);
