import { headPost } from '../../domain/post/post';
import { processParams } from '../../domain/process/stream';
import { type BenchmarkRow, benchmarksPartition, benchmarksProjection } from '../../domain/views/benchmarks';
import {
  type DonorContributionRow,
  donorContributionsPartition,
  donorContributionsProjection,
} from '../../domain/views/donor/contributions';
import { type PostRow, postRowKey, postsProjection } from '../../domain/views/posts';
import { riskRegisterOf } from '../../domain/views/risk-register';
import { type RiskRow, risksPartition, risksProjection } from '../../domain/views/risks';
import { budgetProjections, budgetRowsFrom } from '../budget-views/budget-rows';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';
import { viewQuery } from '../commons/view-context';
import { viewRows } from '../commons/view-rows';

/** The projections the register reads, folded from the log for a view at a business date or as known. */
const projections = [
  ...budgetProjections,
  risksProjection,
  benchmarksProjection,
  postsProjection,
  donorContributionsProjection,
];

/**
 * The risk register: typed risks, the risks the data raises, and the heat map. The budget's rows are
 * read by the budget views' own reader, so the forecast behind a run-out risk is the one
 * `GET /budget/forecast` shows for the same day. A handful of queries whatever the number of events,
 * unless the register is asked at a business date or as known at an instant.
 */
export const getRiskRegister = queryRoute(
  {
    params: processParams,
    query: viewQuery,
  },
  async ({ params: { processId }, view }) => {
    const source = await viewRows(processId, view, projections);
    const [budget, risks, benchmarks, head, contributions] = await Promise.all([
      // Refuses process-not-found when the process has no mandate row.
      budgetRowsFrom(processId, source).then(async (rows) => ({ ...rows, staff: await rows.staff() })),
      source.rows<RiskRow>(risksPartition(processId), 'risk#'),
      source.rows<BenchmarkRow>(benchmarksPartition(processId), 'benchmark#'),
      source.row<PostRow>(postRowKey(processId, headPost)),
      source.rows<DonorContributionRow>(donorContributionsPartition(processId), 'contribution#'),
    ]);
    const { asOf, knownAt, today } = source;
    const { mandate, lines, sources, staff, rates } = budget;
    return json(200, {
      processId,
      asOf,
      knownAt,
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
