import { z } from 'zod';
import { budgetLine } from '../../domain/budget-line/decide';
import { budgetLineParams, budgetLineStream } from '../../domain/budget-line/stream';
import { moneySchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const reviseBudgetLineBody = z.strictObject({ amount: moneySchema, reason: textSchema(500) });

/** A recorded revision by an approver (the token's subject), with a reason; never below committed + spent. */
export const reviseBudgetLine = aggregateCommand(budgetLine)(
  { body: reviseBudgetLineBody, params: budgetLineParams },
  200,
  ({ body, params: { processId, lineId }, identity, now }) => ({
    streamId: budgetLineStream(processId, lineId)[0],
    command: { type: 'ReviseBudgetLine', ...body, transferId: null, by: identity.subject, at: now },
    result: () => ({ lineId }),
  }),
);
