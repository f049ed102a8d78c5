import * as z from 'zod';
import { idSchema, sha256Schema, textSchema, timestampSchema } from '../schemas';
import { overrideSchema } from './budget-line';
import type { EventDefinition } from './definition';

/** An invoice is known by its document's hash: the same file backs the same invoice, whatever its name. */
export const invoiceEvents = {
  /** A request names the invoice as its supporting document. */
  InvoicePresented: {
    version: 1,
    schema: z.strictObject({
      sha256: sha256Schema,
      reference: textSchema(200),
      disbursementId: idSchema,
      presentedBy: z.string(),
      presentedAt: timestampSchema,
    }),
  },
  /** A disbursement backed by it was paid; a second payment of one invoice carries an override. */
  InvoicePaid: {
    version: 1,
    schema: z.strictObject({
      sha256: sha256Schema,
      disbursementId: idSchema,
      override: overrideSchema.nullable(),
      paidBy: z.string(),
      paidAt: timestampSchema,
    }),
  },
  /** That payment came back in full: the invoice is no longer paid by it. */
  InvoiceRefunded: {
    version: 1,
    schema: z.strictObject({
      sha256: sha256Schema,
      disbursementId: idSchema,
      refundedBy: z.string(),
      refundedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
