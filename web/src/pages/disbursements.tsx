import { type FormEvent, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { mayCall } from '../api/access';
import type { DisbursementRow, ListPage } from '../api/finance';
import { useView } from '../api/queries';
import { useSignedIn } from '../auth/session';
import { DisbursementTable } from '../components/disbursement-table';
import { Loaded } from '../components/state';

const statuses = ['requested', 'approved', 'rejected', 'withdrawn', 'paid', 'reversed'] as const;
const filters = ['status', 'lineId', 'sourceId', 'requestedBy', 'from', 'to'] as const;

/**
 * Every disbursement, newest request first, filtered by the API (status, line, source, requester,
 * value dates): the filters live in the address, so a filtered list can be shared. A page at a time.
 */
export default function Disbursements() {
  const { session } = useSignedIn();
  const [search, setSearch] = useSearchParams();
  const id = useId();
  const query = Object.fromEntries(filters.map((f) => [f, search.get(f) ?? undefined]));
  const cursor = search.get('cursor') ?? undefined;
  const list = useView<ListPage<DisbursementRow>>('/processes/{processId}/disbursements', {
    query: { ...query, cursor },
  });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const f of filters) {
      const value = String(form.get(f) ?? '').trim();
      if (value) next.set(f, value);
    }
    setSearch(next);
  };
  const pageAfter = (nextCursor: string) => {
    const next = new URLSearchParams(search);
    next.set('cursor', nextCursor);
    setSearch(next);
  };
  const mayRequest = mayCall(session.identity.roles, ['POST /processes/{processId}/disbursements']);
  return (
    <>
      <h1>Disbursements</h1>
      {mayRequest && (
        <p>
          <Link to="/disbursements/new">Request a disbursement</Link>
        </p>
      )}
      <form className="filters" onSubmit={apply} key={search.toString()} aria-label="Filter disbursements">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} name="status" defaultValue={query.status ?? ''}>
            <option value="">Any</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        {(
          [
            ['lineId', 'Budget line', 'text'],
            ['sourceId', 'Funding source', 'text'],
            ['requestedBy', 'Requested by', 'text'],
            ['from', 'Value date from', 'date'],
            ['to', 'Value date to', 'date'],
          ] as const
        ).map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`${id}-${name}`}>{label}</label>
            <input id={`${id}-${name}`} name={name} type={type} defaultValue={query[name] ?? ''} />
          </div>
        ))}
        <button type="submit">Show</button>
      </form>
      <Loaded query={list} what="the disbursements">
        {(page) => (
          <>
            <DisbursementTable caption="Disbursements" rows={page.items} />
            <p className="pager">
              {cursor && (
                <button
                  type="button"
                  onClick={() => {
                    const next = new URLSearchParams(search);
                    next.delete('cursor');
                    setSearch(next);
                  }}
                >
                  First page
                </button>
              )}
              {page.nextCursor && (
                <button type="button" onClick={() => pageAfter(page.nextCursor as string)}>
                  Next page
                </button>
              )}
            </p>
          </>
        )}
      </Loaded>
    </>
  );
}
