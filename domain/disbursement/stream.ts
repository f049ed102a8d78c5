import { z } from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { disbursement } from './decide';

/** A disbursement's stream id and the decider that folds it: `load(...disbursementStream(processId, disbursementId))`. */
export const disbursementStream = (processId: string, disbursementId: string) =>
  [streamIdOf(processId, 'disbursement', disbursementId), disbursement] as const;

/** The path parameters of a route on one disbursement. */
export const disbursementParams = z.strictObject({ processId: idSchema, disbursementId: idSchema });
