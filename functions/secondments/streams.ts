import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';

export const secondmentStream = (processId: string, secondmentId: string) =>
  streamIdOf(processId, 'secondment', secondmentId);

export const secondmentParams = z.strictObject({ processId: idSchema, secondmentId: idSchema });
