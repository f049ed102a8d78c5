import * as z from 'zod';
import { dateSchema, idSchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';

export const reviewPointEvents = {
  ReviewPointScheduled: {
    version: 1,
    schema: z.strictObject({
      reviewPointId: idSchema,
      date: dateSchema,
      title: textSchema(200),
      scheduledBy: z.string(),
      scheduledAt: timestampSchema,
    }),
  },
  ReviewPointHeld: {
    version: 1,
    schema: z.strictObject({
      reviewPointId: idSchema,
      heldOn: dateSchema,
      decisions: z.array(textSchema(1000)).min(1).max(50),
      attendees: z.array(textSchema(200)).max(200).optional(),
      recordedBy: z.string(),
      recordedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
