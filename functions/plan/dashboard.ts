import { refuse } from '../../domain/errors';
import { type BenchmarkRow, benchmarksKey } from '../../domain/views/benchmarks';
import { type BudgetLineRow, budgetKey } from '../../domain/views/budget';
import { dashboardOf } from '../../domain/views/dashboard';
import { type MandateRow, mandateKey } from '../../domain/views/mandate';
import { type ReviewPointRow, reviewPointsKey } from '../../domain/views/review-points';
import { queryRoute } from '../commons/http';
import { processParams } from '../commons/params';
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
    summary: 'The benchmark dashboard: each benchmark’s status, rates and projection; mandate progress',
  },
  async ({ params: { processId }, view: { today } }) => {
    const [mandate, benchmarks, reviewPoints, budgetLines] = await Promise.all([
      rowAt<MandateRow>(mandateKey(processId)),
      rowsOf<BenchmarkRow>(benchmarksKey(processId), 'benchmark#'),
      rowsOf<ReviewPointRow>(reviewPointsKey(processId), 'review-point#'),
      rowsOf<BudgetLineRow>(budgetKey(processId), 'line#'),
    ]);
    if (!mandate) return refuse('process-not-found');
    return json(200, {
      processId,
      ...dashboardOf({ mandate, benchmarks, reviewPoints, budgetLines, today }),
    });
  },
);
