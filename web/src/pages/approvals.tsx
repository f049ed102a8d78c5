import type { DisbursementRow, ListPage } from '../api/finance';
import { useView } from '../api/queries';
import { DisbursementTable } from '../components/disbursement-table';
import { Loaded } from '../components/state';

/**
 * The approvals queue: requests awaiting a checker, the signed-in approver's own left out by the API
 * (`excludeOwn=true`), since nobody approves what they asked for.
 */
export default function Approvals() {
  const queue = useView<ListPage<DisbursementRow>>('/processes/{processId}/disbursements', {
    query: { status: 'requested', excludeOwn: 'true', limit: '100' },
  });
  return (
    <>
      <h1>Approvals</h1>
      <p className="muted">Requests awaiting your decision; your own requests are never in this queue.</p>
      <Loaded query={queue} what="the approvals queue">
        {(page) => (
          <>
            <DisbursementTable caption="Awaiting approval" rows={page.items} />
            {page.nextCursor && (
              <p className="muted">More than 100 requests wait: the list of disbursements shows them all.</p>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
