import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { reviewPoint } from './decide';

export const reviewPointStream = (processId: string, reviewPointId: string) =>
  [streamIdOf(processId, 'review-point', reviewPointId), reviewPoint] as const;

export const reviewPointParams = z.strictObject({ processId: idSchema, reviewPointId: idSchema });
