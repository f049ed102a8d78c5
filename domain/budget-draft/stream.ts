import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { budgetDraft } from './decide';

export const budgetDraftStream = (processId: string, draftId: string) =>
  [streamIdOf(processId, 'budget-draft', draftId), budgetDraft] as const;

export const budgetDraftParams = z.strictObject({ processId: idSchema, draftId: idSchema });
