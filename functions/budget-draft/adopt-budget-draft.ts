import * as z from 'zod';
import { budgetDraftParams, budgetDraftStream } from '../../domain/budget-draft/stream';
import { adoptBudgetDraft as decideAdoption } from '../../domain/budget-draft/workflows';
import { initialState } from '../../domain/budget-line/budget-line';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { processStream } from '../../domain/process/stream';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** Who adopts is the token's subject, never a field of the body. */
export const adoptBudgetDraftBody = z.strictObject({
  /** The day it was adopted, each of its lines with it; the day of recording in the process's time zone when absent. */
  adoptedOn: dateSchema.optional(),
});

const named = (lineId: string) => `line:${lineId}` as const;
type LineStreams = Record<ReturnType<typeof named>, ReturnType<typeof budgetLineStream>>;

/** The draft is the subject: its lines, read from it, are adopted on their own streams in the same transaction. */
export const adoptBudgetDraft = commandRoute(
  { body: adoptBudgetDraftBody, params: budgetDraftParams },
  200,
  ({ body, params, identity, now }) => {
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
        const command = { adoptedOn: body.adoptedOn, by: identity.subject, at: now };
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
