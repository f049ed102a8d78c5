import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { adoptBudgetLine as decideAdoption } from '../../domain/budget-line/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import {
  costCategorySchema,
  dateSchema,
  idSchema,
  moneySchema,
  textSchema,
  unitSchema,
} from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const budgetLineSchema = z.strictObject({
  lineId: idSchema,
  unit: unitSchema,
  activity: textSchema(200),
  costCategory: costCategorySchema,
  amount: moneySchema,
});

/** The day it was adopted; the day of recording in the process's time zone when absent. */
export const adoptedOnSchema = dateSchema.optional();

export const adoptBudgetLineBody = budgetLineSchema.extend({ adoptedOn: adoptedOnSchema });

export const adoptBudgetLine = commandRoute(
  { body: adoptBudgetLineBody, params: processParams },
  201,
  ({ body, params, identity, now }) =>
    multiStream({
      subject: budgetLineStream(params.processId, body.lineId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'AdoptBudgetLine' as const,
          ...body,
          draftId: null,
          preparedBy: identity.subject,
          by: identity.subject,
          at: now,
        };
        return { subject: decideAdoption(command, subject, process) };
      },
      result: ({ subject }) => ({ lineId: body.lineId, version: subject }),
    }),
);
