import { z } from 'zod';
import {
  costCategorySchema,
  idSchema,
  moneySchema,
  textSchema,
  timestampSchema,
  unitSchema,
} from '../schemas';
import type { EventDefinition } from './definition';

/** Spending past what is available, allowed by an approver who recorded why (ERP "stop" control). */
export const overrideSchema = z.strictObject({ reason: textSchema(500), by: z.string() });

export const budgetLineEvents = {
  BudgetLineAdopted: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      unit: unitSchema,
      activity: textSchema(200),
      costCategory: costCategorySchema,
      amount: moneySchema,
      adoptedBy: z.string(),
      adoptedAt: timestampSchema,
    }),
  },
  BudgetLineRevised: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      previous: moneySchema,
      amount: moneySchema,
      reason: textSchema(500),
      /** Set when the revision is one side of a transfer between two lines. */
      transferId: idSchema.nullable(),
      approvedBy: z.string(),
      revisedAt: timestampSchema,
    }),
  },
  BudgetLineCommitted: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      commitmentId: idSchema,
      amount: moneySchema,
      committedAt: timestampSchema,
    }),
  },
  BudgetLineCommitmentReleased: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      commitmentId: idSchema,
      amount: moneySchema,
      releasedAt: timestampSchema,
    }),
  },
  BudgetLineCharged: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      disbursementId: idSchema,
      amount: moneySchema,
      chargedAt: timestampSchema,
      override: overrideSchema.optional(),
    }),
  },
  BudgetLineCredited: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      disbursementId: idSchema,
      amount: moneySchema,
      reason: textSchema(500),
      creditedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
