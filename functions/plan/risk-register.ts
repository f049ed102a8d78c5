import { headPost } from '../../domain/post/post';
import { processParams } from '../../domain/process/stream';
import { type BenchmarkRow, benchmarksPartition } from '../../domain/views/benchmarks';
import {
  type DonorContributionRow,
  donorContributionsPartition,
} from '../../domain/views/donor/contributions';
import { type PostRow, postRowKey } from '../../domain/views/posts';
import { riskRegisterOf } from '../../domain/views/risk-register';
import { type RiskRow, risksPartition } from '../../domain/views/risks';
import { budgetRows } from '../budget-views/budget-rows';
import { queryRoute } from '../commons/http';
import { rowAt, rowsOf } from '../commons/read-model-rows';
import { json } from '../commons/responses';
import { todayQuery } from '../commons/view-context';

/**
 * The risk register: typed risks, the risks the data raises, and the heat map. The budget's rows are
 * read by the budget views' own reader, so the forecast behind a run-out risk is the one
 * `GET /budget/forecast` shows for the same day. A handful of queries whatever the number of events.
 */
export const getRiskRegister = queryRoute(
  {
    params: processParams,
    query: todayQuery,
  },
  async ({ params: { processId }, view }) => {
    const { today } = view;
    const [budget, risks, benchmarks, head, contributions] = await Promise.all([
      // Refuses process-not-found when the process has no mandate row.
      budgetRows(processId, view).then(async (rows) => ({ ...rows, staff: await rows.staff() })),
      rowsOf<RiskRow>(risksPartition(processId), 'risk#'),
      rowsOf<BenchmarkRow>(benchmarksPartition(processId), 'benchmark#'),
      rowAt<PostRow>(postRowKey(processId, headPost)),
      rowsOf<DonorContributionRow>(donorContributionsPartition(processId), 'contribution#'),
    ]);
    const { mandate, lines, sources, staff, rates } = budget;
    return json(200, {
      processId,
      ...riskRegisterOf({
        risks,
        benchmarks,
        headPost: head,
        mandate,
        lines,
        sources,
        staff,
        rates,
        contributions,
        today,
      }),
    });
  },
);
