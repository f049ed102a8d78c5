import type { DisbursementEvent } from '../../events/catalog';
import { refuse } from '../errors';
import { add, convert, type ExchangeRate, lessThan, type Money, subtract, zero } from '../money';

/**
 * A disbursement: requested by a maker, withdrawn by the finance desk while no checker has decided it,
 * approved or rejected by a checker, paid, and — when paid in error — reversed, whole or in parts (a
 * refund of part of it): `paid` while some of it is still paid, `reversed` once all of it came back.
 * Nothing paid is edited or deleted; the reversal is the correction.
 */
export type Disbursement =
  | { readonly status: 'none' }
  | {
      readonly status: 'requested' | 'approved' | 'rejected' | 'withdrawn' | 'paid' | 'reversed';
      readonly disbursementId: string;
      readonly lineId: string;
      readonly fundingSourceId: string | null;
      readonly amount: Money;
      /** The request's rate to the budget currency, null when paid in it. */
      readonly rate: ExchangeRate | null;
      /** In the budget currency, at the rate recorded with the request. */
      readonly budgetAmount: Money;
      /** What reversals gave back so far, in the payment's currency. */
      readonly refunded: Money;
      /** The same, as credited to the line and source in the budget currency. */
      readonly credited: Money;
      readonly payee: string;
      readonly purpose: string;
      readonly requestedBy: string;
      readonly requestedAt: string;
      /** The commitment it pays, whose reservation its approval consumes. */
      readonly commitmentId: string | null;
      /** The invoice behind it, null on requests recorded before documents were required. */
      readonly supportingDocument: { readonly reference: string; readonly sha256: string } | null;
      /** The request's value date. */
      readonly requestedOn: string;
      /** The approval's value date, once approved. */
      readonly approvedOn?: string;
      /** The checker who approved it and when; a checker reads them beside the maker's. */
      readonly approvedBy?: string;
      readonly approvedAt?: string;
      /** Approved past what was available: why, and by whom. */
      readonly approvalOverride?: Override | null;
      readonly rejectedBy?: string;
      readonly rejectedAt?: string;
      readonly rejectionReason?: string;
      readonly withdrawnBy?: string;
      readonly withdrawnAt?: string;
      readonly withdrawalReason?: string;
      /** The payment's value date, once paid. */
      readonly paidOn?: string;
      readonly paidBy?: string;
      readonly paidAt?: string;
      readonly paymentReference?: string;
      /** Paid on an invoice another payment still pays: why, and by whom. */
      readonly paymentOverride?: Override | null;
      /** Every refund, whole or in part, in the order recorded. */
      readonly reversals: readonly Reversal[];
    };

interface Override {
  readonly reason: string;
  readonly by: string;
}

/** A refund of the payment: how much came back, why, on which day, who recorded it and when. */
export interface Reversal {
  /** In the payment's currency. */
  readonly amount: Money;
  readonly reason: string;
  readonly reversedOn: string;
  readonly reversedBy: string;
  readonly reversedAt: string;
}

export type RecordedDisbursement = Exclude<Disbursement, { status: 'none' }>;

export const initialState: Disbursement = { status: 'none' };

const next = {
  DisbursementApproved: 'approved',
  DisbursementRejected: 'rejected',
  DisbursementWithdrawn: 'withdrawn',
  DisbursementPaid: 'paid',
} as const;

export function evolve(disbursement: Disbursement, event: DisbursementEvent): Disbursement {
  if (event.type === 'DisbursementRequested') {
    const { disbursementId, lineId, fundingSourceId, amount, budgetAmount, requestedBy, commitmentId } =
      event.data;
    const { requestedOn, requestedAt, rate, supportingDocument, payee, purpose } = event.data;
    return {
      status: 'requested',
      disbursementId,
      lineId,
      fundingSourceId,
      amount,
      rate,
      budgetAmount,
      refunded: zero(amount.currency),
      credited: zero(budgetAmount.currency),
      payee,
      purpose,
      requestedBy,
      requestedAt,
      commitmentId,
      supportingDocument,
      requestedOn,
      reversals: [],
    };
  }
  if (disbursement.status === 'none') return disbursement;
  if (event.type === 'DisbursementReversed') {
    // Reversals recorded before partial ones (version 2) gave back all that was still paid.
    const amount = event.data.amount ?? stillPaid(disbursement);
    const refunded = add(disbursement.refunded, amount);
    const credited = add(disbursement.credited, event.data.budgetAmount ?? stillCharged(disbursement));
    const status = lessThan(refunded, disbursement.amount) ? 'paid' : 'reversed';
    const { reason, reversedOn, reversedBy, reversedAt } = event.data;
    const reversal = { amount, reason, reversedOn, reversedBy, reversedAt };
    return { ...disbursement, status, refunded, credited, reversals: [...disbursement.reversals, reversal] };
  }
  return { ...disbursement, status: next[event.type], ...stepOf(event) };
}

/** Who took a step after the request, when, and what they recorded with it. */
function stepOf(
  event: Exclude<DisbursementEvent, { type: 'DisbursementRequested' | 'DisbursementReversed' }>,
) {
  switch (event.type) {
    case 'DisbursementApproved': {
      const { approvedOn, approvedBy, approvedAt, override } = event.data;
      return { approvedOn, approvedBy, approvedAt, approvalOverride: override };
    }
    case 'DisbursementRejected': {
      const { rejectedBy, rejectedAt, reason } = event.data;
      return { rejectedBy, rejectedAt, rejectionReason: reason };
    }
    case 'DisbursementWithdrawn': {
      const { withdrawnBy, withdrawnAt, reason } = event.data;
      return { withdrawnBy, withdrawnAt, withdrawalReason: reason };
    }
    case 'DisbursementPaid': {
      const { paidOn, paidBy, paidAt, paymentReference, override } = event.data;
      return { paidOn, paidBy, paidAt, paymentReference, paymentOverride: override };
    }
  }
}

export const recorded = (disbursement: Disbursement): RecordedDisbursement =>
  disbursement.status === 'none' ? refuse('disbursement-not-found') : disbursement;

/** The budget line and funding source a recorded disbursement is charged to. */
export const chargedTo = (disbursement: Disbursement): { lineId: string; fundingSourceId: string } => {
  const { lineId, fundingSourceId } = recorded(disbursement);
  return { lineId, fundingSourceId: fundingSourceId ?? refuse('funding-source-not-found') };
};

/** What every step after the request restates, so views keyed by line or contribution need no lookup. */
export const restatedCharge = ({
  disbursementId,
  lineId,
  fundingSourceId,
  budgetAmount,
}: RecordedDisbursement) => ({
  disbursementId,
  lineId,
  fundingSourceId,
  budgetAmount,
});

export function inStatus(
  disbursement: Disbursement,
  status: RecordedDisbursement['status'],
): RecordedDisbursement {
  const found = recorded(disbursement);
  if (found.status !== status)
    return refuse(
      status === 'paid'
        ? 'disbursement-not-paid'
        : status === 'approved'
          ? 'disbursement-not-approved'
          : 'disbursement-not-pending',
      {
        disbursementId: found.disbursementId,
        status: found.status,
      },
    );
  return found;
}

/** What of the payment has not come back yet, in the payment's currency. */
export const stillPaid = (paid: RecordedDisbursement): Money => subtract(paid.amount, paid.refunded);

/** What the payment still charges the line and source, in the budget currency. */
const stillCharged = (paid: RecordedDisbursement): Money => subtract(paid.budgetAmount, paid.credited);

/**
 * A refund in the budget currency, at the payment's rate: all that had come back once it is in,
 * converted whole, less what was credited before, so refunds in parts add up to exactly what the
 * payment charged, whatever the rounding.
 */
export function refundInBudget(paid: RecordedDisbursement, refund: Money): Money {
  const after = add(paid.refunded, refund);
  if (!lessThan(after, paid.amount)) return stillCharged(paid);
  return subtract(paid.rate ? convert(after, paid.rate) : after, paid.credited);
}
