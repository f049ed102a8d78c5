import type { DisbursementEvent } from '../../events/catalog';
import { refuse } from '../errors';
import type { Money } from '../money';

/**
 * A disbursement: requested by a maker, withdrawn by the finance desk while no checker has decided it,
 * approved or rejected by a checker, paid, and — when paid in error — reversed. Nothing paid is edited
 * or deleted; the reversal is the correction.
 */
export type Disbursement =
  | { readonly status: 'none' }
  | {
      readonly status: 'requested' | 'approved' | 'rejected' | 'withdrawn' | 'paid' | 'reversed';
      readonly disbursementId: string;
      readonly lineId: string;
      readonly fundingSourceId: string | null;
      readonly amount: Money;
      /** In the budget currency, at the rate recorded with the request. */
      readonly budgetAmount: Money;
      readonly requestedBy: string;
      /** The commitment it pays, whose reservation its approval consumes. */
      readonly commitmentId: string | null;
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
  DisbursementReversed: 'reversed',
} as const;

export function evolve(disbursement: Disbursement, event: DisbursementEvent): Disbursement {
  if (event.type === 'DisbursementRequested') {
    const { disbursementId, lineId, fundingSourceId, amount, budgetAmount, requestedBy, commitmentId } =
      event.data;
    const { requestedOn } = event.data;
    return {
      status: 'requested',
      disbursementId,
      lineId,
      fundingSourceId,
      amount,
      budgetAmount,
      requestedBy,
      commitmentId,
      requestedOn,
    };
  }
  if (disbursement.status === 'none') return disbursement;
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
