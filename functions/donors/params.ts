import { z } from 'zod';
import { idSchema } from '../../events/schemas';

export const donorParams = z.strictObject({ processId: idSchema, donorId: idSchema });
