import * as z from 'zod';
import { dateSchema, idSchema, storedMoneySchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';
import { exchangeRateSchema } from './exchange-rate';

/** What a line had spent (disbursed) and committed from one source before the system, in the budget currency. */
export const openingLineSchema = z.strictObject({
  lineId: idSchema,
  fundingSourceId: idSchema,
  spent: storedMoneySchema,
  committed: storedMoneySchema,
});

/** What a contribution had received before the system, in its own currency, and in the budget's at the as-of date's rate. */
export const openingReceiptSchema = z.strictObject({
  contributionId: idSchema,
  received: storedMoneySchema,
  /** Null when received in the budget currency. */
  rate: exchangeRateSchema.nullable(),
  budgetAmount: storedMoneySchema,
});

/** Who proposed and approved an opening balance, as its line and contribution events record it. */
export const approvedOpening = {
  asOf: dateSchema,
  proposedBy: z.string(),
  approvedBy: z.string(),
  approvedAt: timestampSchema,
};

/**
 * A process that starts using the system mid-mandate: its balances as of a day, proposed by the
 * finance desk and approved by another person (docs/rules.md#opening-balances).
 */
export const openingBalanceEvents = {
  OpeningBalancesProposed: {
    version: 1,
    schema: z.strictObject({
      asOf: dateSchema,
      lines: z.array(openingLineSchema),
      receipts: z.array(openingReceiptSchema),
      proposedBy: z.string(),
      proposedAt: timestampSchema,
    }),
  },
  OpeningBalancesApproved: {
    version: 1,
    schema: z.strictObject({ ...approvedOpening }),
  },
  OpeningBalancesRejected: {
    version: 1,
    schema: z.strictObject({
      asOf: dateSchema,
      reason: textSchema(500),
      rejectedBy: z.string(),
      rejectedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;

export type OpeningLine = z.infer<typeof openingLineSchema>;
export type OpeningReceipt = z.infer<typeof openingReceiptSchema>;
