import { budgetDraftParams, budgetDraftStream } from '../../domain/budget-draft/stream';
import { reviseBudgetDraft as decideRevision } from '../../domain/budget-draft/workflows';
import { processStream } from '../../domain/process/stream';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { prepareBudgetDraftBody } from './prepare-budget-draft';

export const reviseBudgetDraftBody = prepareBudgetDraftBody.extend({ reason: textSchema(500) });

/** The draft is the subject (an If-Match names its version); the process says which lines it could adopt. */
export const reviseBudgetDraft = commandRoute(
  { body: reviseBudgetDraftBody, params: budgetDraftParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, draftId } = params;
    return multiStream({
      subject: budgetDraftStream(processId, draftId),
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = { ...body, by: identity.subject, at: now };
        return { subject: decideRevision(command, subject, process) };
      },
      result: ({ subject }) => ({ draftId, status: 'prepared', version: subject }),
    });
  },
);
