import { refuse } from '../../domain/errors';
import { processParams } from '../../domain/process/stream';
import { type BenchmarkRow, benchmarksPartition, benchmarksProjection } from '../../domain/views/benchmarks';
import { type BudgetLineRow, budgetPartition, budgetProjection } from '../../domain/views/budget';
import { dashboardOf } from '../../domain/views/dashboard';
import { type MandateRow, mandateProjection, mandateRowKey } from '../../domain/views/mandate';
import {
  type ReviewPointRow,
  reviewPointsPartition,
  reviewPointsProjection,
} from '../../domain/views/review-points';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { viewQuery } from '../commons/view-context';
import { viewRows } from '../commons/view-rows';

/** The projections the dashboard reads, folded from the log for a view at a business date or as known. */
const projections = [mandateProjection, benchmarksProjection, reviewPointsProjection, budgetProjection];

/**
 * The benchmark dashboard. Budget spent comes from the budget view's line rows as they are when
 * asked; every row read is a view row, so the cost does not grow with the number of events, unless
 * the dashboard is asked at a business date or as known at an instant.
 */
export const getDashboard = queryRoute(
  {
    params: processParams,
    query: viewQuery,
  },
  async ({ params: { processId }, view }) => {
    const source = await viewRows(processId, view, projections);
    const [mandate, benchmarks, reviewPoints, budgetLines] = await Promise.all([
      source.row<MandateRow>(mandateRowKey(processId)),
      source.rows<BenchmarkRow>(benchmarksPartition(processId), 'benchmark#'),
      source.rows<ReviewPointRow>(reviewPointsPartition(processId), 'review-point#'),
      source.rows<BudgetLineRow>(budgetPartition(processId), 'line#'),
    ]);
    if (!mandate) return refuse('process-not-found');
    const { asOf, knownAt, today } = source;
    return json(200, {
      processId,
      asOf,
      knownAt,
      ...dashboardOf({ mandate, benchmarks, reviewPoints, budgetLines, today }),
    });
  },
);
