import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { benchmark } from './decide';

/** A benchmark's stream id and the decider that folds it: `load(...benchmarkStream(processId, benchmarkId))`. */
export const benchmarkStream = (processId: string, benchmarkId: string) =>
  [streamIdOf(processId, 'benchmark', benchmarkId), benchmark] as const;

/** The path parameters of a route on one benchmark. */
export const benchmarkParams = z.strictObject({ processId: idSchema, benchmarkId: idSchema });
