import { Link } from 'react-router';
import './form.css';
import type { DisbursementRow } from '../api/finance';
import { day, money } from '../format';
import { Status } from './figures';
import { type Column, DataTable } from './table';

const columns: readonly Column<DisbursementRow>[] = [
  {
    key: 'payee',
    header: 'Payee',
    cell: (d) => <Link to={`/disbursements/${d.disbursementId}`}>{d.payee}</Link>,
    value: (d) => d.payee,
  },
  { key: 'purpose', header: 'Purpose', cell: (d) => d.purpose, value: (d) => d.purpose },
  { key: 'line', header: 'Line', cell: (d) => d.lineId, value: (d) => d.lineId },
  {
    key: 'amount',
    header: 'Amount',
    cell: (d) => money(d.amount),
    value: (d) => d.amount.amount,
    numeric: true,
  },
  { key: 'status', header: 'Status', cell: (d) => <Status value={d.status} />, value: (d) => d.status },
  { key: 'requestedBy', header: 'Requested by', cell: (d) => d.requestedBy, value: (d) => d.requestedBy },
  { key: 'requestedOn', header: 'Value date', cell: (d) => day(d.requestedOn), value: (d) => d.requestedOn },
];

/** Disbursements as the list routes answer them, each linking to its own page. */
export function DisbursementTable(props: { caption: string; rows: readonly DisbursementRow[] }) {
  return (
    <DataTable caption={props.caption} columns={columns} rows={props.rows} rowKey={(d) => d.disbursementId} />
  );
}
