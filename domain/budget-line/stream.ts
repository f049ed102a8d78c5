import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { budgetLine } from './decide';

/** A budget line's stream id and the decider that folds it: `load(...budgetLineStream(processId, lineId))`. */
export const budgetLineStream = (processId: string, lineId: string) =>
  [streamIdOf(processId, 'budget-line', lineId), budgetLine] as const;

/** The path parameters of a route on one budget line. */
export const budgetLineParams = z.strictObject({ processId: idSchema, lineId: idSchema });
