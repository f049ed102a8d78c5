import { z } from 'zod';
import { idSchema, moneySchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';

export const disbursementEvents = {
  DisbursementRequested: {
    version: 1,
    schema: z.strictObject({
      disbursementId: idSchema,
      lineId: idSchema,
      amount: moneySchema,
      payee: textSchema(200),
      purpose: textSchema(500),
      requestedBy: z.string(),
      requestedAt: timestampSchema,
    }),
  },
  DisbursementApproved: {
    version: 1,
    schema: z.strictObject({
      disbursementId: idSchema,
      lineId: idSchema,
      amount: moneySchema,
      approvedBy: z.string(),
      approvedAt: timestampSchema,
    }),
  },
  DisbursementRejected: {
    version: 1,
    schema: z.strictObject({
      disbursementId: idSchema,
      reason: textSchema(500),
      rejectedBy: z.string(),
      rejectedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
