import { z } from 'zod';
import { idSchema, storedMoneySchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';

export const commitmentEvents = {
  CommitmentRaised: {
    version: 1,
    schema: z.strictObject({
      commitmentId: idSchema,
      lineId: idSchema,
      fundingSourceId: idSchema,
      amount: storedMoneySchema,
      /** A contract or purchase order: what is reserved and with whom. */
      description: textSchema(500),
      supplier: textSchema(200),
      raisedBy: z.string(),
      raisedAt: timestampSchema,
    }),
  },
  CommitmentReleased: {
    version: 1,
    schema: z.strictObject({
      commitmentId: idSchema,
      amount: storedMoneySchema,
      reason: textSchema(500),
      releasedBy: z.string(),
      releasedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
