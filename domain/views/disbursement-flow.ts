import type { DisbursementEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { type Money, saturatingAdd, saturatingSubtract } from '../money';
import { recordPayment, recordReversal, type Spending } from './spending';

/**
 * What the disbursement streams tell a budget line or a funding source, beside what its own stream
 * says: requests waiting for a decision, and money actually paid out (net of reversals), by month.
 */
export interface DisbursementFigures {
  /** Requested, neither approved nor rejected yet. */
  readonly requested: Money;
  /** Paid, net of reversals. */
  readonly disbursed: Money;
  readonly spending: Spending;
}

export const isDisbursementEvent = (event: StoredEvent): event is StoredEvent<DisbursementEvent> =>
  event.type.startsWith('Disbursement');

/**
 * The line or source a disbursement step is charged to, with its amount in the budget currency.
 * Every step names them, except rejections recorded before they did (version 1): those name nothing
 * a view keyed by line or source could apply.
 */
export function chargedTo(
  event: StoredEvent<DisbursementEvent>,
  key: 'lineId' | 'fundingSourceId',
): { readonly id: string; readonly budgetAmount: Money } | undefined {
  const id = event.data[key];
  const { budgetAmount } = event.data;
  return id === null || budgetAmount === null ? undefined : { id, budgetAmount };
}

export function applyDisbursement(
  figures: DisbursementFigures,
  event: StoredEvent<DisbursementEvent>,
  amount: Money,
): DisbursementFigures {
  switch (event.type) {
    case 'DisbursementRequested':
      return { ...figures, requested: saturatingAdd(figures.requested, amount) };
    case 'DisbursementApproved':
    case 'DisbursementRejected':
    case 'DisbursementWithdrawn':
      return { ...figures, requested: saturatingSubtract(figures.requested, amount) };
    case 'DisbursementPaid':
      return {
        ...figures,
        disbursed: saturatingAdd(figures.disbursed, amount),
        spending: recordPayment(figures.spending, event.data.paidOn, amount),
      };
    case 'DisbursementReversed':
      return {
        ...figures,
        disbursed: saturatingSubtract(figures.disbursed, amount),
        spending: recordReversal(figures.spending, event.data.reversedOn, amount),
      };
  }
}

/** The columns every spending row shares, derived from what funds it (allocated or deposited). */
export interface SpendingColumns {
  readonly committed: Money;
  /** Approved, paid or not, net of reversals: what the spending control counts. */
  readonly charged: Money;
  /** charged − disbursed: approved, not paid yet. */
  readonly approvedNotPaid: Money;
  /** requested + approvedNotPaid. */
  readonly pending: Money;
  /** funds − committed − charged: approved money is no longer available. */
  readonly available: Money;
}

/** Recomputes the derived columns of a line or source row from its funds and its recorded figures. */
export const withSpendingColumns = <Row extends SpendingColumns & DisbursementFigures>(
  row: Row,
  funds: Money,
): Row => {
  const approvedNotPaid = saturatingSubtract(row.charged, row.disbursed);
  return {
    ...row,
    approvedNotPaid,
    pending: saturatingAdd(row.requested, approvedNotPaid),
    available: saturatingSubtract(saturatingSubtract(funds, row.committed), row.charged),
  };
};
