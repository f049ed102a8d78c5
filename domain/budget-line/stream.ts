import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { budgetLine } from './decide';

export const budgetLineStream = (processId: string, lineId: string) =>
  [streamIdOf(processId, 'budget-line', lineId), budgetLine] as const;

export const budgetLineParams = z.strictObject({ processId: idSchema, lineId: idSchema });
