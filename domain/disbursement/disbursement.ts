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
      readonly requestedBy: string;
      /** The commitment it pays, whose reservation its approval consumes. */
      readonly commitmentId: string | null;
      /** The invoice behind it, null on requests recorded before documents were required. */
      readonly supportingDocument: { readonly reference: string; readonly sha256: string } | null;
      /** The request's value date. */
      readonly requestedOn: string;
      /** The approval's value date, once approved. */
      readonly approvedOn?: string;
      /** The payment's value date, once paid. */
      readonly paidOn?: string;
    };

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
    const { requestedOn, rate, supportingDocument } = event.data;
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
      requestedBy,
      commitmentId,
      supportingDocument,
      requestedOn,
    };
  }
  if (disbursement.status === 'none') return disbursement;
  if (event.type === 'DisbursementReversed') {
    // Reversals recorded before partial ones (version 2) gave back all that was still paid.
    const refunded = add(disbursement.refunded, event.data.amount ?? stillPaid(disbursement));
    const credited = add(disbursement.credited, event.data.budgetAmount ?? stillCharged(disbursement));
    const status = lessThan(refunded, disbursement.amount) ? 'paid' : 'reversed';
    return { ...disbursement, status, refunded, credited };
  }
  const dated =
    event.type === 'DisbursementPaid'
      ? { paidOn: event.data.paidOn }
      : event.type === 'DisbursementApproved'
        ? { approvedOn: event.data.approvedOn }
        : {};
  return { ...disbursement, status: next[event.type], ...dated };
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
