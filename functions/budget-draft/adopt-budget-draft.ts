import { z } from 'zod';
import { budgetDraftParams, budgetDraftStream } from '../../domain/budget-draft/stream';
import { adoptBudgetDraft as decideAdoption } from '../../domain/budget-draft/workflows';
import { initialState } from '../../domain/budget-line/budget-line';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { processStream } from '../../domain/process/stream';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** Who adopts is the token's subject, never a field of the body. */
export const adoptBudgetDraftBody = z.strictObject({});

const named = (lineId: string) => `line:${lineId}` as const;
type LineStreams = Record<ReturnType<typeof named>, ReturnType<typeof budgetLineStream>>;

/** The draft is the subject: its lines, read from it, are adopted on their own streams in the same transaction. */
export const adoptBudgetDraft = commandRoute(
  { body: adoptBudgetDraftBody, params: budgetDraftParams },
  200,
  ({ params, identity, now }) => {
    const { processId, draftId } = params;
    return multiStream({
      subject: budgetDraftStream(processId, draftId),
      streams: (draft): LineStreams & { process: ReturnType<typeof processStream> } => ({
        process: processStream(processId),
        ...(Object.fromEntries(
          (draft.status === 'none' ? [] : draft.lines).map(({ lineId }) => [
            named(lineId),
            budgetLineStream(processId, lineId),
          ]),
        ) as LineStreams),
      }),
      decide: (states) => {
        const command = { by: identity.subject, at: now };
        // Every line of a draft is loaded; the typing allows a stream to be absent.
        const line = (lineId: string) => states[named(lineId)] ?? initialState;
        const events = decideAdoption(command, states.subject, line, states.process);
        return {
          subject: events.draft,
          ...Object.fromEntries(Object.entries(events.lines).map(([lineId, e]) => [named(lineId), e])),
        };
      },
      result: ({ subject }) => ({ draftId, status: 'adopted', version: subject }),
    });
  },
);
