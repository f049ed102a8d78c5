import type { RosterEntry, Staffing as StaffingView } from '../api/answers';
import { useView } from '../api/queries';
import { Gauge } from '../components/figures';
import { Loaded } from '../components/state';
import { type Column, DataTable } from '../components/table';
import { day, words } from '../format';

const contracts = ['civil-service', 'consultant', 'donor-funded', 'secondment'] as const;

const roster: Column<RosterEntry>[] = [
  { key: 'name', header: 'Name', value: (r) => r.person.name, cell: (r) => r.person.name },
  {
    key: 'post',
    header: 'Post',
    value: (r) => r.postTitle ?? r.role,
    cell: (r) => r.postTitle ?? words(r.role),
  },
  { key: 'unit', header: 'Unit', value: (r) => r.unit ?? '', cell: (r) => words(r.unit) },
  { key: 'contract', header: 'Contract', value: (r) => r.contractType, cell: (r) => words(r.contractType) },
  {
    key: 'home',
    header: 'Home institution',
    value: (r) => r.homeInstitution ?? '',
    cell: (r) => r.homeInstitution ?? '—',
  },
  { key: 'start', header: 'From', value: (r) => r.startDate, cell: (r) => day(r.startDate) },
  { key: 'end', header: 'To', value: (r) => r.lastDay, cell: (r) => day(r.lastDay) },
];

/** Who works for the Secretariat, where from, what is vacant, and how independent it stays. */
export default function Staffing() {
  const staffing = useView<StaffingView>('/processes/{processId}/staffing');
  return (
    <>
      <h1>Staffing</h1>
      <Loaded query={staffing} what="the staffing">
        {(s) => (
          <>
            <div className="gauges">
              <Gauge
                label="Seconded or donor-funded staff"
                value={s.independence.sharePercent}
                tone={s.independence.concern ? 'bad' : 'good'}
                note={
                  <>
                    {`${s.independence.seconded + s.independence.donorFunded} of ${s.independence.staff}; threshold ${s.independence.thresholdPercent} %`}
                    {s.independence.thresholdIsDefault ? ' (default)' : ''}.{' '}
                    {s.independence.concern ? (
                      <strong className="flag">Above the threshold: independence at risk.</strong>
                    ) : (
                      'Within the threshold.'
                    )}
                  </>
                }
              />
              <div className="card">
                <div className="gauge-label">Vacant posts</div>
                <div className="gauge-value">{s.vacantPosts.length}</div>
                <ul>
                  {s.vacantPosts.map((post) => (
                    <li key={post}>{words(post)}</li>
                  ))}
                </ul>
              </div>
            </div>
            <DataTable
              caption="Staff by unit and contract type"
              rows={s.counts}
              rowKey={(c) => c.unit ?? 'head'}
              columns={[
                {
                  key: 'unit',
                  header: 'Unit',
                  value: (c) => c.unit ?? '',
                  cell: (c) => (c.unit ? words(c.unit) : 'Secretariat head'),
                },
                ...contracts.map((contract) => ({
                  key: contract,
                  header: words(contract),
                  numeric: true,
                  value: (c: StaffingView['counts'][number]) => c[contract],
                  cell: (c: StaffingView['counts'][number]) => c[contract],
                })),
                { key: 'total', header: 'Total', numeric: true, value: (c) => c.total, cell: (c) => c.total },
              ]}
              footer={
                <tfoot>
                  <tr>
                    <td>All units</td>
                    {contracts.map((contract) => (
                      <td key={contract} className="num">
                        {s.totals[contract]}
                      </td>
                    ))}
                    <td className="num">{s.totals.total}</td>
                  </tr>
                </tfoot>
              }
            />
            <DataTable caption="Roster" rows={s.roster} rowKey={(r) => r.id} columns={roster} />
            <section aria-labelledby="secondees-heading">
              <h2 id="secondees-heading">Secondees by home institution</h2>
              {s.secondeesByHomeInstitution.length === 0 ? (
                <p>No secondees.</p>
              ) : (
                <ul>
                  {s.secondeesByHomeInstitution.map((home) => (
                    <li key={home.homeInstitution}>
                      <strong>{home.homeInstitution}</strong>: {home.count} (
                      {home.people.map((p) => p.name).join(', ')})
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}
