import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { secondment } from './decide';

export const secondmentStream = (processId: string, secondmentId: string) =>
  [streamIdOf(processId, 'secondment', secondmentId), secondment] as const;

export const secondmentParams = z.strictObject({ processId: idSchema, secondmentId: idSchema });
