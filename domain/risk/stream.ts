import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { risk } from './decide';

export const riskStream = (processId: string, riskId: string) =>
  [streamIdOf(processId, 'risk', riskId), risk] as const;

export const riskParams = z.strictObject({ processId: idSchema, riskId: idSchema });

/** A mitigation lives in its risk's stream, so its routes name both. */
export const mitigationParams = z.strictObject({
  processId: idSchema,
  riskId: idSchema,
  mitigationId: idSchema,
});
