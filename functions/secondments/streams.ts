import { z } from 'zod';
import { streamIdOf } from '../../events/stream-id';
import { idSchema } from '../../events/schemas';

export const secondmentStream = (processId: string, secondmentId: string) =>
  streamIdOf(processId, 'secondment', secondmentId);

export const secondmentParams = z.strictObject({ processId: idSchema, secondmentId: idSchema });
