import { Link, useParams } from 'react-router';
import type { Benchmark as BenchmarkAnswer, Dashboard } from '../api/answers';
import { useView } from '../api/queries';
import { Status } from '../components/figures';
import { History } from '../components/history';
import { Loaded } from '../components/state';
import { day, percent, words } from '../format';
import { ownerOf } from './benchmarks';

/** One benchmark: where it stands, where it is heading, and everything recorded about it. */
export default function Benchmark() {
  const benchmarkId = useParams().benchmarkId ?? '';
  const benchmark = useView<BenchmarkAnswer>('/processes/{processId}/benchmarks/{benchmarkId}', {
    path: { benchmarkId },
  });
  const dashboard = useView<Dashboard>('/processes/{processId}/dashboard');
  const standing = dashboard.data?.benchmarks.find((b) => b.benchmarkId === benchmarkId);
  return (
    <>
      <p>
        <Link to="/benchmarks">All benchmarks</Link>
      </p>
      <Loaded query={benchmark} what="the benchmark">
        {(b) => (
          <>
            <h1>{b.metric}</h1>
            <dl className="facts">
              <dt>Status</dt>
              <dd>
                <Status value={standing?.status ?? b.status} />
              </dd>
              <dt>Kind</dt>
              <dd>{words(b.kind)}</dd>
              <dt>Owner</dt>
              <dd>{ownerOf(b.owner)}</dd>
              <dt>Progress</dt>
              <dd>
                {b.value} of {b.target} (from a baseline of {b.baseline})
                {standing && <> · {percent(standing.percentComplete)}</>}
              </dd>
              <dt>Projected at due date</dt>
              <dd>{standing?.projectedAtDue?.toLocaleString() ?? '—'}</dd>
              <dt>Due</dt>
              <dd>
                {day(b.dueDate)}
                {standing && <> ({standing.daysLeft} days left)</>}
              </dd>
              <dt>Last progress</dt>
              <dd>{day(b.lastProgressDate)}</dd>
            </dl>
          </>
        )}
      </Loaded>
      <History records="benchmarks" id={benchmarkId} />
    </>
  );
}
