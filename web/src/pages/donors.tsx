import { Link, Navigate } from 'react-router';
import { mayCall } from '../api/access';
import type { DonorRow } from '../api/finance';
import { useView } from '../api/queries';
import { useSignedIn } from '../auth/session';
import { Loaded } from '../components/state';
import { type Column, DataTable } from '../components/table';
import { day } from '../format';

const columns: readonly Column<DonorRow>[] = [
  {
    key: 'donor',
    header: 'Donor',
    cell: (d) => <Link to={`/donors/${d.donorId}`}>{d.donorName}</Link>,
    value: (d) => d.donorName,
  },
  { key: 'contributions', header: 'Contributions', cell: (d) => d.contributions, numeric: true },
  {
    key: 'nextDue',
    header: 'Next report due',
    cell: (d) => `${day(d.reporting.nextDue)}${d.reporting.overdue ? ' (overdue)' : ''}`,
    value: (d) => d.reporting.nextDue ?? '',
  },
];

/** A donor goes straight to its own page; the finance desk picks one of the donors. */
export default function Donors() {
  const { session } = useSignedIn();
  const { donorId, roles } = session.identity;
  if (donorId) return <Navigate to={`/donors/${encodeURIComponent(donorId)}`} replace />;
  if (!mayCall(roles, ['GET /processes/{processId}/donors']))
    return <p className="notice">Your token names no donor.</p>;
  return <DonorList />;
}

function DonorList() {
  const donors = useView<{ donors: readonly DonorRow[] }>('/processes/{processId}/donors');
  return (
    <>
      <h1>Donors</h1>
      <Loaded query={donors} what="the donors">
        {(d) => <DataTable caption="Donors" columns={columns} rows={d.donors} rowKey={(r) => r.donorId} />}
      </Loaded>
    </>
  );
}
