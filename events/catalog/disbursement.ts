import * as z from 'zod';
import {
  dateSchema,
  idSchema,
  sha256Schema,
  storedMoneySchema,
  textSchema,
  timestampSchema,
} from '../schemas';
import { overrideSchema } from './budget-line';
import type { EventDefinition } from './definition';
import { exchangeRateSchema } from './exchange-rate';

/** The invoice or quotation behind a request, referenced by its hash: documents never go into events. */
export const supportingDocumentSchema = z.strictObject({ reference: textSchema(200), sha256: sha256Schema });

/**
 * Every step after the request names the line, source and budget amount again, so a view keyed by
 * line or by contribution can apply it without looking the request up. The budget amount is the
 * one converted at the request's rate: a reversal gives back exactly what the payment took.
 */
const restatedCharge = {
  lineId: idSchema.nullable(),
  fundingSourceId: idSchema.nullable(),
  budgetAmount: storedMoneySchema.nullable(),
};

export const disbursementEvents = {
  DisbursementRequested: {
    version: 4,
    schema: z.strictObject({
      disbursementId: idSchema,
      lineId: idSchema,
      /** Null only on requests recorded before funding sources existed (version 1). */
      fundingSourceId: idSchema.nullable(),
      amount: storedMoneySchema,
      /** The rate used to the budget currency; null when paid in the budget currency. */
      rate: exchangeRateSchema.nullable(),
      budgetAmount: storedMoneySchema,
      payee: textSchema(200),
      purpose: textSchema(500),
      supportingDocument: supportingDocumentSchema.nullable(),
      /** The commitment (contract, purchase order) it pays: approval consumes that much of it. */
      commitmentId: idSchema.nullable(),
      /** The value date: the day it was requested. */
      requestedOn: dateSchema,
      requestedBy: z.string(),
      requestedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 had neither funding source, rate nor document, and was always in the budget currency.
      1: (data) => ({
        ...data,
        fundingSourceId: null,
        rate: null,
        budgetAmount: data.amount,
        supportingDocument: null,
      }),
      // Version 2 could not name the commitment it paid.
      2: (data) => ({ ...data, commitmentId: null }),
      // Version 3 took no date from the client: requested on the day it was recorded (UTC).
      3: (data) => ({ ...data, requestedOn: String(data.requestedAt).slice(0, 10) }),
    },
  },
  DisbursementApproved: {
    version: 3,
    schema: z.strictObject({
      disbursementId: idSchema,
      lineId: idSchema,
      fundingSourceId: idSchema.nullable(),
      amount: storedMoneySchema,
      budgetAmount: storedMoneySchema,
      override: overrideSchema.nullable(),
      /** The value date: the day the checker approved it. */
      approvedOn: dateSchema,
      approvedBy: z.string(),
      approvedAt: timestampSchema,
    }),
    upcasters: {
      1: (data) => ({ ...data, fundingSourceId: null, budgetAmount: data.amount, override: null }),
      // Version 2 took no date from the client: approved on the day it was recorded (UTC).
      2: (data) => ({ ...data, approvedOn: String(data.approvedAt).slice(0, 10) }),
    },
  },
  /** A request taken back by the finance desk before any approver decided it: nothing was charged. */
  DisbursementWithdrawn: {
    version: 1,
    schema: z.strictObject({
      disbursementId: idSchema,
      ...restatedCharge,
      reason: textSchema(500),
      withdrawnBy: z.string(),
      withdrawnAt: timestampSchema,
    }),
  },
  DisbursementRejected: {
    version: 2,
    schema: z.strictObject({
      disbursementId: idSchema,
      ...restatedCharge,
      reason: textSchema(500),
      rejectedBy: z.string(),
      rejectedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 named only the disbursement; its line and amounts are in its request.
      1: (data) => ({ ...data, lineId: null, fundingSourceId: null, budgetAmount: null }),
    },
  },
  DisbursementPaid: {
    version: 2,
    schema: z.strictObject({
      disbursementId: idSchema,
      ...restatedCharge,
      paymentReference: textSchema(100),
      paidOn: dateSchema,
      /** Paying an invoice another payment still pays, with the reason it is owed again. */
      override: overrideSchema.nullable(),
      paidBy: z.string(),
      paidAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 could not pay an invoice twice on purpose: invoices were not followed.
      1: (data) => ({ ...data, override: null }),
    },
  },
  /** Its budget amount is what it credits the line and source: the refunded part, at the payment's rate. */
  DisbursementReversed: {
    version: 3,
    schema: z.strictObject({
      disbursementId: idSchema,
      ...restatedCharge,
      /** The part refunded, in the payment's currency; null when recorded before partial refunds. */
      amount: storedMoneySchema.nullable(),
      reason: textSchema(500),
      /** The value date: the day the money came back, which the books follow. */
      reversedOn: dateSchema,
      reversedBy: z.string(),
      reversedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 took no date from the client: the money came back on the day it was recorded (UTC).
      1: (data) => ({ ...data, reversedOn: String(data.reversedAt).slice(0, 10) }),
      // Version 2 reversed the whole payment: its budget amount is all the payment charged, and the
      // amount in the payment's currency, not restated on it, is the request's (null: all of it).
      2: (data) => ({ ...data, amount: null }),
    },
  },
} satisfies Record<string, EventDefinition>;
