import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { appointment } from './decide';

/** An appointment's stream id and the decider that folds it: `load(...appointmentStream(processId, appointmentId))`. */
export const appointmentStream = (processId: string, appointmentId: string) =>
  [streamIdOf(processId, 'appointment', appointmentId), appointment] as const;

/** The path parameters of a route on one appointment. */
export const appointmentParams = z.strictObject({ processId: idSchema, appointmentId: idSchema });
