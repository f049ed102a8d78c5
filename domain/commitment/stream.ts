import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { commitment } from './decide';

export const commitmentStream = (processId: string, commitmentId: string) =>
  [streamIdOf(processId, 'commitment', commitmentId), commitment] as const;

export const commitmentParams = z.strictObject({ processId: idSchema, commitmentId: idSchema });
