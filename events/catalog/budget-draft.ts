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

/** A line as a draft proposes it: what `BudgetLineAdopted` records once an approver adopts the draft. */
export const draftLineSchema = z.strictObject({
  lineId: idSchema,
  unit: unitSchema,
  activity: textSchema(200),
  costCategory: costCategorySchema,
  amount: storedMoneySchema,
});

/** A budget a finance officer prepares and an approver other than its preparer adopts. */
export const budgetDraftEvents = {
  BudgetDraftPrepared: {
    version: 1,
    schema: z.strictObject({
      draftId: idSchema,
      title: textSchema(200),
      lines: z.array(draftLineSchema).min(1),
      preparedBy: z.string(),
      preparedAt: timestampSchema,
    }),
  },
  /** The whole draft as its preparer now proposes it, replacing the lines prepared. */
  BudgetDraftRevised: {
    version: 1,
    schema: z.strictObject({
      draftId: idSchema,
      title: textSchema(200),
      lines: z.array(draftLineSchema).min(1),
      reason: textSchema(500),
      revisedBy: z.string(),
      revisedAt: timestampSchema,
    }),
  },
  BudgetDraftWithdrawn: {
    version: 1,
    schema: z.strictObject({
      draftId: idSchema,
      reason: textSchema(500),
      withdrawnBy: z.string(),
      withdrawnAt: timestampSchema,
    }),
  },
  BudgetDraftAdopted: {
    version: 2,
    schema: z.strictObject({
      draftId: idSchema,
      approvedBy: z.string(),
      /** The value date: the day the approver adopted it, which each of its lines carries too. */
      adoptedOn: dateSchema,
      adoptedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 took no date from the client: adopted on the day it was recorded (UTC).
      1: (data) => ({ ...data, adoptedOn: String(data.adoptedAt).slice(0, 10) }),
    },
  },
} satisfies Record<string, EventDefinition>;

export type DraftLine = z.infer<typeof draftLineSchema>;
