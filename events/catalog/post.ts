import * as z from 'zod';
import { dateSchema, idSchema, personSchema, timestampSchema, unitSchema } from '../schemas';
import type { EventDefinition } from './definition';

/** The posts only one person holds at a time: the Secretariat Head and one deputy per unit. */
export const postIdSchema = z.union([
  z.literal('secretariat-head'),
  z.templateLiteral(['deputy-', unitSchema]),
]);

export const postEvents = {
  PostFilled: {
    version: 1,
    schema: z.strictObject({
      postId: postIdSchema,
      appointmentId: idSchema,
      person: personSchema,
      startDate: dateSchema,
      filledBy: z.string(),
      filledAt: timestampSchema,
    }),
  },
  PostVacated: {
    version: 1,
    schema: z.strictObject({
      postId: postIdSchema,
      appointmentId: idSchema,
      endDate: dateSchema,
      vacatedBy: z.string(),
      vacatedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;

export type PostId = z.infer<typeof postIdSchema>;
