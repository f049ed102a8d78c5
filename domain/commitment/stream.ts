import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { commitment } from './commitment';

/** A commitment's stream id and the decider that folds it: `load(...commitmentStream(processId, commitmentId))`. */
export const commitmentStream = (processId: string, commitmentId: string) =>
  [streamIdOf(processId, 'commitment', commitmentId), commitment] as const;

/** The path parameters of a route on one commitment. */
export const commitmentParams = z.strictObject({ processId: idSchema, commitmentId: idSchema });
