import * as z from 'zod';
import {
  dateSchema,
  idSchema,
  sha256Schema,
  storedCurrencySchema,
  storedMoneySchema,
  textSchema,
  timestampSchema,
  unitSchema,
} from '../schemas';
import { overrideSchema } from './budget-line';
import type { EventDefinition } from './definition';
import { exchangeRateSchema } from './exchange-rate';
import { approvedOpening } from './opening-balance';

export const modalitySchema = z.enum(['basket-fund', 'un-trust-fund', 'direct', 'government-budget']);
export const reportingFrequencySchema = z.enum(['monthly', 'quarterly', 'semi-annual', 'annual']);

/** Empty lists mean unrestricted; otherwise the money may pay only for these units or lines. */
export const restrictionsSchema = z.strictObject({
  units: z.array(unitSchema).max(50),
  lineIds: z.array(idSchema).max(500),
});

/** The report as sent to the donor, referenced by its hash: documents never go into events. */
export const reportDocumentSchema = z.strictObject({ reference: textSchema(200), sha256: sha256Schema });

export const contributionEvents = {
  ContributionPledged: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      donorId: idSchema,
      donorName: textSchema(200),
      amount: storedMoneySchema,
      budgetCurrency: storedCurrencySchema,
      modality: modalitySchema,
      restrictions: restrictionsSchema,
      reportingFrequency: reportingFrequencySchema,
      firstReportDue: dateSchema,
      pledgedBy: z.string(),
      pledgedAt: timestampSchema,
    }),
  },
  /** A pledge recorded at the wrong amount, corrected by an approver with the reason; never edited. */
  PledgeCorrected: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      /** The pledge as it stood before, and as it stands now, in the contribution's currency. */
      previous: storedMoneySchema,
      amount: storedMoneySchema,
      reason: textSchema(500),
      correctedBy: z.string(),
      correctedAt: timestampSchema,
    }),
  },
  TrancheReceived: {
    version: 2,
    schema: z.strictObject({
      contributionId: idSchema,
      trancheId: idSchema,
      amount: storedMoneySchema,
      receivedOn: dateSchema,
      /** Null when the tranche arrived in the budget currency. */
      rate: exchangeRateSchema.nullable(),
      budgetAmount: storedMoneySchema,
      /** The tranche this one is the right entry for, reversed beside it (`TrancheReversed`); else null. */
      correctionOf: idSchema.nullable(),
      receivedBy: z.string(),
      receivedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 had no corrections: every tranche was received as itself.
      1: (data) => ({ ...data, correctionOf: null }),
    },
  },
  /** A finance officer proposes the right amount or day of a tranche; an approver decides. */
  TrancheCorrectionProposed: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      trancheId: idSchema,
      /** Also the id of the right tranche once approved. */
      correctionId: idSchema,
      amount: storedMoneySchema,
      receivedOn: dateSchema,
      rate: exchangeRateSchema.nullable(),
      budgetAmount: storedMoneySchema,
      reason: textSchema(500),
      proposedBy: z.string(),
      proposedAt: timestampSchema,
    }),
  },
  TrancheCorrectionRejected: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      trancheId: idSchema,
      correctionId: idSchema,
      reason: textSchema(500),
      rejectedBy: z.string(),
      rejectedAt: timestampSchema,
    }),
  },
  /**
   * The reversing entry of an approved correction: the tranche as received, taken back whole, in the
   * same transaction as the right one (a `TrancheReceived` whose `correctionOf` names this tranche).
   */
  TrancheReversed: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      trancheId: idSchema,
      correctionId: idSchema,
      amount: storedMoneySchema,
      rate: exchangeRateSchema.nullable(),
      budgetAmount: storedMoneySchema,
      /** The value date: the tranche's own day, or the day of approval when that month is closed. */
      reversedOn: dateSchema,
      reason: textSchema(500),
      proposedBy: z.string(),
      reversedBy: z.string(),
      reversedAt: timestampSchema,
    }),
  },
  ContributionCommitted: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      commitmentId: idSchema,
      amount: storedMoneySchema,
      committedAt: timestampSchema,
    }),
  },
  ContributionCommitmentReleased: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      commitmentId: idSchema,
      amount: storedMoneySchema,
      releasedAt: timestampSchema,
    }),
  },
  ContributionCharged: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      disbursementId: idSchema,
      lineId: idSchema,
      amount: storedMoneySchema,
      chargedAt: timestampSchema,
      override: overrideSchema.optional(),
    }),
  },
  ContributionCredited: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      disbursementId: idSchema,
      amount: storedMoneySchema,
      reason: textSchema(500),
      creditedAt: timestampSchema,
    }),
  },
  DonorReportSubmitted: {
    version: 2,
    schema: z.strictObject({
      contributionId: idSchema,
      donorId: idSchema,
      /**
       * The last day of the period the report covers, from the end of the last one reported. The dates
       * of the reporting calendar it answers follow from it (`domain/contribution/reporting-calendar.ts`).
       */
      periodEnd: dateSchema,
      submittedOn: dateSchema,
      document: reportDocumentSchema,
      submittedBy: z.string(),
      submittedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 named the earliest date not yet answered as the one the report answered, whatever
      // period it covered; which dates a report answers is read from its period end alone.
      1: ({ dueDate: _, ...data }) => data,
    },
  },
  /** Approved opening balances (docs/rules.md#opening-balances): received, and spent and committed from it, before the system. */
  ContributionOpeningBalance: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      received: storedMoneySchema,
      /** `received` in the budget currency, at the as-of date's rate: the deposit it counts as. */
      deposited: storedMoneySchema,
      spent: storedMoneySchema,
      committed: storedMoneySchema,
      ...approvedOpening,
    }),
  },
  /**
   * A report recorded with the wrong period or day, corrected with the reason; the calendar follows
   * the corrected period. The report is the one whose period ended on `previous.periodEnd`.
   */
  DonorReportCorrected: {
    version: 1,
    schema: z.strictObject({
      contributionId: idSchema,
      donorId: idSchema,
      previous: z.strictObject({ periodEnd: dateSchema, submittedOn: dateSchema }),
      periodEnd: dateSchema,
      submittedOn: dateSchema,
      reason: textSchema(500),
      correctedBy: z.string(),
      correctedAt: timestampSchema,
    }),
  },
} satisfies Record<string, EventDefinition>;

export type Modality = z.infer<typeof modalitySchema>;
export type ReportingFrequency = z.infer<typeof reportingFrequencySchema>;
export type Restrictions = z.infer<typeof restrictionsSchema>;
