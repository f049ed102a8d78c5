import * as z from 'zod';
import { idSchema } from '../../events/schemas';
import { streamIdOf } from '../../events/stream-id';
import { disbursement } from './decide';

export const disbursementStream = (processId: string, disbursementId: string) =>
  [streamIdOf(processId, 'disbursement', disbursementId), disbursement] as const;

export const disbursementParams = z.strictObject({ processId: idSchema, disbursementId: idSchema });
