import type { BudgetLineRow } from '../../domain/views/budget';
import { usd } from './builders';

/** A line whose columns add up: allocated = committed + approvedNotPaid + disbursed + available. */
export const lineRow = (
  lineId: string,
  {
    approved,
    allocatedAmount,
    ...o
  }: Partial<BudgetLineRow> & { approved?: number; allocatedAmount?: number } = {},
): BudgetLineRow => {
  const allocated = usd(allocatedAmount ?? 10_000_00);
  const committed = o.committed ?? usd(0);
  const requested = o.requested ?? usd(0);
  const approvedNotPaid = usd(approved ?? 0);
  const disbursed = o.disbursed ?? usd(0);
  return {
    lineId,
    unit: 'education-outreach',
    activity: `Activity ${lineId}`,
    costCategory: 'travel',
    allocated,
    committed,
    charged: usd(approvedNotPaid.amount + disbursed.amount),
    requested,
    disbursed,
    spending: {},
    approvedNotPaid,
    pending: usd(requested.amount + approvedNotPaid.amount),
    available: usd(allocated.amount - committed.amount - approvedNotPaid.amount - disbursed.amount),
    version: 1,
    ...o,
  };
};
