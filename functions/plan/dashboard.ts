import { refuse } from '../../domain/errors';
import { processParams } from '../../domain/process/stream';
import { type BenchmarkRow, benchmarksPartition } from '../../domain/views/benchmarks';
import { type BudgetLineRow, budgetPartition } from '../../domain/views/budget';
import { dashboardOf } from '../../domain/views/dashboard';
import { type MandateRow, mandateRowKey } from '../../domain/views/mandate';
import { type ReviewPointRow, reviewPointsPartition } from '../../domain/views/review-points';
import { queryRoute } from '../commons/http';
import { rowAt, rowsOf } from '../commons/read-model-rows';
import { json } from '../commons/responses';
import { todayQuery } from '../commons/view-context';

/**
 * The benchmark dashboard. Budget spent comes from the budget view's line rows as they are when
 * asked; every row read is a view row, so the cost does not grow with the number of events.
 */
export const getDashboard = queryRoute(
  {
    params: processParams,
    query: todayQuery,
  },
  async ({ params: { processId }, view: { today } }) => {
    const [mandate, benchmarks, reviewPoints, budgetLines] = await Promise.all([
      rowAt<MandateRow>(mandateRowKey(processId)),
      rowsOf<BenchmarkRow>(benchmarksPartition(processId), 'benchmark#'),
      rowsOf<ReviewPointRow>(reviewPointsPartition(processId), 'review-point#'),
      rowsOf<BudgetLineRow>(budgetPartition(processId), 'line#'),
    ]);
    if (!mandate) return refuse('process-not-found');
    return json(200, {
      processId,
      ...dashboardOf({ mandate, benchmarks, reviewPoints, budgetLines, today }),
    });
  },
);
