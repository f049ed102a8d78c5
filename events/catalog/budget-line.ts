import * as z from 'zod';
import {
  costCategorySchema,
  dateSchema,
  idSchema,
  storedMoneySchema,
  textSchema,
  timestampSchema,
  unitSchema,
} from '../schemas';
import type { EventDefinition } from './definition';
import { approvedOpening } from './opening-balance';

/** Spending past what is available, allowed by an approver who recorded why (ERP "stop" control). */
export const overrideSchema = z.strictObject({ reason: textSchema(500), by: z.string() });

export const budgetLineEvents = {
  BudgetLineAdopted: {
    version: 3,
    schema: z.strictObject({
      lineId: idSchema,
      unit: unitSchema,
      activity: textSchema(200),
      costCategory: costCategorySchema,
      amount: storedMoneySchema,
      /** The draft the line was adopted from; null when the approver adopted it directly. */
      draftId: idSchema.nullable(),
      preparedBy: z.string(),
      approvedBy: z.string(),
      /** The value date: the day the approver adopted it. */
      adoptedOn: dateSchema,
      adoptedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 was adopted directly by one person, with no draft: the adopter prepared and approved it.
      1: ({ adoptedBy, ...data }) => ({
        ...data,
        draftId: null,
        preparedBy: adoptedBy,
        approvedBy: adoptedBy,
      }),
      // Version 2 took no date from the client: adopted on the day it was recorded (UTC).
      2: (data) => ({ ...data, adoptedOn: String(data.adoptedAt).slice(0, 10) }),
    },
  },
  BudgetLineRevised: {
    version: 2,
    schema: z.strictObject({
      lineId: idSchema,
      previous: storedMoneySchema,
      amount: storedMoneySchema,
      reason: textSchema(500),
      /** Set when the revision is one side of a transfer between two lines. */
      transferId: idSchema.nullable(),
      approvedBy: z.string(),
      /** The value date: the day the approver revised it, or moved money by a transfer. */
      revisedOn: dateSchema,
      revisedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 took no date from the client: revised on the day it was recorded (UTC).
      1: (data) => ({ ...data, revisedOn: String(data.revisedAt).slice(0, 10) }),
    },
  },
  BudgetLineCommitted: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      commitmentId: idSchema,
      amount: storedMoneySchema,
      committedAt: timestampSchema,
    }),
  },
  BudgetLineCommitmentReleased: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      commitmentId: idSchema,
      amount: storedMoneySchema,
      releasedAt: timestampSchema,
    }),
  },
  BudgetLineCharged: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      disbursementId: idSchema,
      amount: storedMoneySchema,
      chargedAt: timestampSchema,
      override: overrideSchema.optional(),
    }),
  },
  BudgetLineCredited: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      disbursementId: idSchema,
      amount: storedMoneySchema,
      reason: textSchema(500),
      creditedAt: timestampSchema,
    }),
  },
  /** Approved opening balances (docs/rules.md#opening-balances): its spent and committed before the system, over its sources. */
  BudgetLineOpeningBalance: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      spent: storedMoneySchema,
      committed: storedMoneySchema,
      ...approvedOpening,
    }),
  },
} satisfies Record<string, EventDefinition>;
