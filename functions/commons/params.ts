import { z } from 'zod';
import { idSchema } from '../../events/schemas';

export const processParams = z.strictObject({ processId: idSchema });
export const disbursementParams = z.strictObject({ processId: idSchema, disbursementId: idSchema });
