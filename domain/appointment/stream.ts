import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { appointment } from './decide';

export const appointmentStream = (processId: string, appointmentId: string) =>
  [streamIdOf(processId, 'appointment', appointmentId), appointment] as const;

export const appointmentParams = z.strictObject({ processId: idSchema, appointmentId: idSchema });
