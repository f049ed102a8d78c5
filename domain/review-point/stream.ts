import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { reviewPoint } from './decide';

/** A review point's stream id and the decider that folds it: `load(...reviewPointStream(processId, reviewPointId))`. */
export const reviewPointStream = (processId: string, reviewPointId: string) =>
  [streamIdOf(processId, 'review-point', reviewPointId), reviewPoint] as const;

/** The path parameters of a route on one review point. */
export const reviewPointParams = z.strictObject({ processId: idSchema, reviewPointId: idSchema });
