import type { Modality, ReportingFrequency, Restrictions } from '../../events/catalog/contribution';
import type { StoredEvent } from '../../events/envelope';
import type { ExchangeRate, Money } from '../money';
import type { Amounts } from './amounts';
import type { ContributionConversion } from './contribution-currency';
import type { Trail } from './trails';

/** An event the report rests on, by its place in the log and its hash. */
export interface EventRef {
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly hash: string;
}

export const refOf = (event: StoredEvent): EventRef => ({
  streamId: event.streamId,
  version: event.version,
  type: event.type,
  hash: event.hash,
});

interface EntryBase {
  readonly contributionId: string;
  /** When the log recorded it: what places it in a period. */
  readonly recordedAt: string;
  /** The day the money moved: received, paid or reversed. */
  readonly valueDate: string;
  readonly amount: Amounts;
  /** The contribution's balance after this entry. */
  readonly balanceAfter: Amounts;
  readonly events: readonly EventRef[];
}

/**
 * IATI transaction type 1: a tranche received; or, negative, the reversing entry of a tranche a
 * correction replaced, beside the right one (whose `correctionOf` names the tranche it replaces).
 */
export interface IncomingFunds extends EntryBase {
  readonly kind: 'incoming-funds';
  readonly iatiTransactionType: '1';
  readonly trancheId: string;
  readonly receivedBy: string;
  /** The rate it was converted into the budget currency at; null in the budget currency. */
  readonly rate: ExchangeRate | null;
  /**
   * The tranche this entry is the right one for. Absent, like `reversal`, on a tranche received as
   * itself, so a report issued before corrections existed still re-derives to the same digest.
   */
  readonly correctionOf?: string;
  /** On a reversing entry: the correction's reason, its proposer and its approver. */
  readonly reversal?: TrancheReversal;
}

export interface TrancheReversal {
  readonly correctionId: string;
  readonly reason: string;
  readonly proposedBy: string;
  readonly reversedBy: string;
  readonly reversedAt: string;
}

/** Who asked, who approved, who paid, for what, and at which rates: the same on a payment and its reversal. */
export interface PaymentDetails {
  readonly disbursementId: string;
  readonly lineId: string;
  readonly payee: string;
  readonly purpose: string;
  /** As requested, in whatever currency it was asked in. */
  readonly requested: Money;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly approvedBy: string;
  readonly approvedAt: string;
  readonly override: { readonly reason: string; readonly by: string } | null;
  /** Present only when the payment paid an invoice another payment still paid: older reports keep their digest. */
  readonly paymentOverride?: { readonly reason: string; readonly by: string };
  readonly paidBy: string;
  readonly paidAt: string;
  readonly paidOn: string;
  readonly paymentReference: string;
  readonly supportingDocument: { readonly reference: string; readonly sha256: string } | null;
  /** The request's rate into the budget currency; null when requested in it. */
  readonly rateToBudget: ExchangeRate | null;
  /** How the budget amount is shown in the contribution's currency. */
  readonly toContribution: {
    readonly rule: ContributionConversion['rule'];
    readonly rate: ExchangeRate | null;
  };
}

/** IATI transaction type 3: a payment from the donor's money. */
export interface DisbursementEntry extends EntryBase, PaymentDetails {
  readonly kind: 'disbursement';
  readonly iatiTransactionType: '3';
}

/** A paid disbursement reversed: a negative disbursement (IATI 3), at the rates of the payment. */
export interface ReversalEntry extends EntryBase, PaymentDetails {
  readonly kind: 'reversal';
  readonly iatiTransactionType: '3';
  readonly reason: string;
  readonly reversedBy: string;
  readonly reversedAt: string;
}

export type AuditEntry = IncomingFunds | DisbursementEntry | ReversalEntry;

/** The pledge as the donor agreed it (IATI: incoming pledge, 13). */
export interface PledgeTerms {
  readonly contributionId: string;
  readonly pledged: Money;
  readonly modality: Modality;
  readonly restrictions: Restrictions;
  readonly reportingFrequency: ReportingFrequency;
  readonly firstReportDue: string;
  readonly pledgedAt: string;
  readonly event: EventRef;
  /** Each correction of the pledged amount recorded by the period's end, when there is one. */
  readonly corrections?: readonly PledgeCorrectionEntry[];
}

export interface PledgeCorrectionEntry {
  readonly previous: Money;
  readonly amount: Money;
  readonly reason: string;
  readonly correctedBy: string;
  readonly correctedAt: string;
  readonly event: EventRef;
}

/** The payment's details from its trail; a trail without request, approval or payment is a broken log. */
export function paymentDetails(trail: Trail, conversion: ContributionConversion): PaymentDetails {
  const { requested, approved, paid } = trail;
  if (!requested || !approved || !paid)
    throw new Error(`disbursement ${paid?.data.disbursementId ?? '?'} is paid without a request or approval`);
  return {
    disbursementId: requested.data.disbursementId,
    lineId: requested.data.lineId,
    payee: requested.data.payee,
    purpose: requested.data.purpose,
    requested: requested.data.amount,
    requestedBy: requested.data.requestedBy,
    requestedAt: requested.data.requestedAt,
    approvedBy: approved.data.approvedBy,
    approvedAt: approved.data.approvedAt,
    override: approved.data.override,
    ...(paid.data.override ? { paymentOverride: paid.data.override } : {}),
    paidBy: paid.data.paidBy,
    paidAt: paid.data.paidAt,
    paidOn: paid.data.paidOn,
    paymentReference: paid.data.paymentReference,
    supportingDocument: requested.data.supportingDocument,
    rateToBudget: requested.data.rate,
    toContribution: { rule: conversion.rule, rate: conversion.rate },
  };
}

/** The events behind a payment: request, approval, the charge on the source, the payment, and any rate used. */
export function paymentEvents(trail: Trail, conversion: ContributionConversion): EventRef[] {
  const { requested, approved, charged, paid } = trail;
  return [
    ...[requested, approved, charged, paid].flatMap((event) => (event ? [refOf(event)] : [])),
    ...(conversion.rule === 'recorded' ? [conversion.recorded.event] : []),
  ];
}
