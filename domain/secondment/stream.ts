import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { secondment } from './decide';

/** A secondment's stream id and the decider that folds it: `load(...secondmentStream(processId, secondmentId))`. */
export const secondmentStream = (processId: string, secondmentId: string) =>
  [streamIdOf(processId, 'secondment', secondmentId), secondment] as const;

/** The path parameters of a route on one secondment. */
export const secondmentParams = z.strictObject({ processId: idSchema, secondmentId: idSchema });
