import * as z from 'zod';
import { budgetDraft } from '../../domain/budget-draft/decide';
import { budgetDraftParams, budgetDraftStream } from '../../domain/budget-draft/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const withdrawBudgetDraftBody = z.strictObject({ reason: textSchema(500) });

/** Only the draft's own stream: nothing was adopted. */
export const withdrawBudgetDraft = aggregateCommand(budgetDraft)(
  { body: withdrawBudgetDraftBody, params: budgetDraftParams },
  200,
  ({ body, params: { processId, draftId }, identity, now }) => ({
    streamId: budgetDraftStream(processId, draftId)[0],
    command: { type: 'WithdrawBudgetDraft', reason: body.reason, by: identity.subject, at: now },
    result: () => ({ draftId, status: 'withdrawn' }),
  }),
);
