import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { benchmark } from './decide';

export const benchmarkStream = (processId: string, benchmarkId: string) =>
  [streamIdOf(processId, 'benchmark', benchmarkId), benchmark] as const;

export const benchmarkParams = z.strictObject({ processId: idSchema, benchmarkId: idSchema });
