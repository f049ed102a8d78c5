import { type BudgetLineRow, budgetPartition, budgetProjection } from '../../domain/views/budget';
import {
  type DonorContributionRow,
  donorContributionsPartition,
  donorContributionsProjection,
} from '../../domain/views/donor/contributions';
import type { LineInfo } from '../../domain/views/donor/paid-for';
import {
  donorSpendingPartition,
  donorSpendingProjection,
  type SourceLineSpendingRow,
} from '../../domain/views/donor/spending';
import { type StaffRow, staffingPartition, staffingProjection } from '../../domain/views/staffing';
import type { ViewContext } from '../commons/view-context';
import { viewRows } from '../commons/view-rows';

/** The projections the donor views read, folded from the log for a view at a business date or as known. */
const projections = [
  donorContributionsProjection,
  donorSpendingProjection,
  staffingProjection,
  budgetProjection,
];

/**
 * What the donor views are made of: a process's contributions (tens), payments per source and line,
 * the staffing rows (a few hundred) and the budget's lines for their unit and cost category (hundreds). A
 * handful of queries whatever the number of events, or the log folded.
 */
export async function donorRows(processId: string, view: ViewContext) {
  const source = await viewRows(processId, view, projections);
  const [contributions, spending, staff, lines] = await Promise.all([
    source.rows<DonorContributionRow>(donorContributionsPartition(processId)),
    source.rows<SourceLineSpendingRow>(donorSpendingPartition(processId)),
    source.rows<StaffRow>(staffingPartition(processId)),
    source.rows<BudgetLineRow>(budgetPartition(processId)),
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
