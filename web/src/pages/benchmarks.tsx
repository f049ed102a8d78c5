import { Link } from 'react-router';
import type { Dashboard, DashboardBenchmark } from '../api/answers';
import { useView } from '../api/queries';
import { Status } from '../components/figures';
import { Loaded } from '../components/state';
import { type Column, DataTable } from '../components/table';
import { day, percent, words } from '../format';

/** Who owns a benchmark: a unit or a committee, as recorded. */
export const ownerOf = (owner: Readonly<Record<string, string>>): string =>
  Object.entries(owner)
    .map(([kind, id]) => `${words(id)} (${kind})`)
    .join(', ');

const columns: Column<DashboardBenchmark>[] = [
  {
    key: 'metric',
    header: 'Benchmark',
    value: (b) => b.metric,
    cell: (b) => <Link to={`/benchmarks/${b.benchmarkId}`}>{b.metric}</Link>,
  },
  { key: 'owner', header: 'Owner', value: (b) => ownerOf(b.owner), cell: (b) => ownerOf(b.owner) },
  {
    key: 'progress',
    header: 'Progress',
    numeric: true,
    value: (b) => b.percentComplete,
    cell: (b) => (
      <>
        {b.value} of {b.target} <span className="muted">({percent(b.percentComplete)})</span>
      </>
    ),
  },
  {
    key: 'projected',
    header: 'Projected at due date',
    numeric: true,
    value: (b) => b.projectedAtDue ?? -1,
    cell: (b) => (b.projectedAtDue === null ? '—' : b.projectedAtDue.toLocaleString()),
  },
  { key: 'due', header: 'Due', value: (b) => b.dueDate, cell: (b) => day(b.dueDate) },
  { key: 'status', header: 'Status', value: (b) => b.status, cell: (b) => <Status value={b.status} /> },
];

export default function Benchmarks() {
  const dashboard = useView<Dashboard>('/processes/{processId}/dashboard');
  return (
    <>
      <h1>Benchmarks</h1>
      <Loaded query={dashboard} what="the benchmarks">
        {(d) => (
          <>
            <p>
              {d.mandate.benchmarksAchieved} of {d.mandate.benchmarks} achieved;{' '}
              {Object.entries(d.mandate.byStatus)
                .filter(([, count]) => count > 0)
                .map(([status, count]) => `${count} ${status.replaceAll('-', ' ')}`)
                .join(', ') || 'none set'}
              .{' '}
              {d.nextReviewPoint ? (
                <>
                  Next review point: <strong>{d.nextReviewPoint.title}</strong> on{' '}
                  {day(d.nextReviewPoint.date)}.
                </>
              ) : (
                'No review point scheduled.'
              )}
            </p>
            <DataTable
              caption="Benchmarks"
              columns={columns}
              rows={d.benchmarks}
              rowKey={(b) => b.benchmarkId}
            />
          </>
        )}
      </Loaded>
    </>
  );
}
