import { type BudgetLineRow, budgetPartition } from '../../domain/views/budget';
import {
  type DonorContributionRow,
  donorContributionsPartition,
} from '../../domain/views/donor/contributions';
import type { LineInfo } from '../../domain/views/donor/paid-for';
import { donorSpendingPartition, type SourceLineSpendingRow } from '../../domain/views/donor/spending';
import { type StaffRow, staffingPartition } from '../../domain/views/staffing';
import { rowsOf } from '../commons/read-model-rows';

/**
 * What the donor views are made of: a process's contributions (tens), payments per source and line,
 * the staffing rows (a few hundred) and the budget's lines for their unit and cost category (hundreds). A
 * handful of queries whatever the number of events.
 */
export async function donorRows(processId: string) {
  const [contributions, spending, staff, lines] = await Promise.all([
    rowsOf<DonorContributionRow>(donorContributionsPartition(processId)),
    rowsOf<SourceLineSpendingRow>(donorSpendingPartition(processId)),
    rowsOf<StaffRow>(staffingPartition(processId)),
    rowsOf<BudgetLineRow>(budgetPartition(processId), 'line#'),
  ]);
  return {
    contributions,
    spending,
    staff,
    // A line whose adoption has not reached the budget view yet has no unit or category to show.
    lines: new Map<string, LineInfo>(
      lines.flatMap(({ lineId, unit, activity, costCategory }) =>
        unit === null || activity === null || costCategory === null
          ? []
          : [[lineId, { unit, activity, costCategory }] as const],
      ),
    ),
  };
}
