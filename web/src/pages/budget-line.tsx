import { Link, useParams } from 'react-router';
import type { Budget } from '../api/answers';
import type { DisbursementRow, BudgetLine as Line, ListPage } from '../api/finance';
import { useView } from '../api/queries';
import { DisbursementTable } from '../components/disbursement-table';
import { History } from '../components/history';
import { Loaded } from '../components/state';
import { day, money, words } from '../format';

/**
 * One budget line: what was allocated and where it stands (the budget view's columns for it), the
 * disbursements charged to it, and its history.
 */
export default function BudgetLinePage() {
  const { lineId = '' } = useParams();
  const line = useView<Line>('/processes/{processId}/budget-lines/{lineId}', { path: { lineId } });
  const budget = useView<Budget>('/processes/{processId}/budget');
  const disbursements = useView<ListPage<DisbursementRow>>('/processes/{processId}/disbursements', {
    query: { lineId },
  });
  const row = budget.data?.lines.find((l) => l.lineId === lineId);
  return (
    <>
      <p>
        <Link to="/budget">The budget</Link>
      </p>
      <h1>Budget line {lineId}</h1>
      <Loaded query={line} what="the budget line">
        {(l) => (
          <dl className="facts">
            <div>
              <dt>Activity</dt>
              <dd>{row?.activity ?? '—'}</dd>
            </div>
            <div>
              <dt>Unit</dt>
              <dd>{words(l.unit)}</dd>
            </div>
            <div>
              <dt>Cost category</dt>
              <dd>{words(l.costCategory)}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                {l.status}
                {l.adoptedOn && `, adopted on ${day(l.adoptedOn)}`}
              </dd>
            </div>
          </dl>
        )}
      </Loaded>
      {row && (
        <table className="figures" aria-label="Where the line stands">
          <tbody>
            {(
              [
                ['Allocated', row.allocated],
                ['Committed', row.committed],
                ['Requested', row.requested],
                ['Approved, not paid', row.approvedNotPaid],
                ['Disbursed', row.disbursed],
                ['Available', row.available],
              ] as const
            ).map(([label, amount]) => (
              <tr key={label} data-figure={label.toLowerCase()}>
                <th scope="row">{label}</th>
                <td className="num">{money(amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Loaded query={disbursements} what="its disbursements">
        {(page) => <DisbursementTable caption="Disbursements on this line" rows={page.items} />}
      </Loaded>
      <History records="budget-lines" id={lineId} />
    </>
  );
}
