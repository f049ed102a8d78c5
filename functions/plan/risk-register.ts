import { refuse } from '../../domain/errors';
import { headPost } from '../../domain/post/post';
import { type BenchmarkRow, benchmarksKey } from '../../domain/views/benchmarks';
import { type MandateRow, mandateKey } from '../../domain/views/mandate';
import { type PostRow, postKey } from '../../domain/views/posts';
import { riskRegisterOf } from '../../domain/views/risk-register';
import { type RiskRow, risksKey } from '../../domain/views/risks';
import { queryRoute } from '../commons/http';
import { processParams } from '../commons/params';
import { json } from '../commons/responses';
import { rowAt, rowsOf } from './rows';
import { todayOf, todayQuery } from './today';

/** The risk register: typed risks, the risks the data raises, and the heat map. */
export const getRiskRegister = queryRoute(
  {
    params: processParams,
    query: todayQuery,
    summary:
      'The risk register: every risk with its score, overdue items and history; derived risks; heat map',
  },
  async ({ params: { processId }, query }) => {
    const [mandate, risks, benchmarks, head] = await Promise.all([
      rowAt<MandateRow>(mandateKey(processId)),
      rowsOf<RiskRow>(risksKey(processId), 'risk#'),
      rowsOf<BenchmarkRow>(benchmarksKey(processId), 'benchmark#'),
      rowAt<PostRow>(postKey(processId, headPost)),
    ]);
    if (!mandate) return refuse('process-not-found');
    const today = todayOf(query);
    return json(200, { processId, ...riskRegisterOf({ risks, benchmarks, headPost: head, today }) });
  },
);
