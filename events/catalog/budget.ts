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

export const budgetEvents = {
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
  BudgetLineCharged: {
    version: 1,
    schema: z.strictObject({
      lineId: idSchema,
      disbursementId: idSchema,
      amount: moneySchema,
      chargedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;
