import { useQuery } from '@tanstack/react-query';
import type { History as HistoryAnswer } from '../api/answers';
import { ApiError } from '../api/client';
import { useSignedIn } from '../auth/session';
import { day, instant, words } from '../format';
import { useProcess } from '../process';

/** The records whose history the API answers at `GET /processes/{processId}/<records>/{id}/history`. */
export type Records =
  | 'disbursements'
  | 'budget-lines'
  | 'risks'
  | 'benchmarks'
  | 'contributions'
  | 'commitments'
  | 'appointments'
  | 'secondments';

/** Who did what to a record, and when: its own stream of events, in order. */
export function History(props: { records: Records; id: string }) {
  const { client, processId } = useSignedIn();
  const timeZone = useProcess().data?.timeZone ?? 'UTC';
  const query = useQuery({
    queryKey: ['history', processId, props.records, props.id],
    queryFn: async ({ signal }) => {
      // The history routes are typed once the API describes them; until then the path is a plain string.
      const path = `/processes/{processId}/${props.records}/{id}/history`;
      const { data, response } = await client.GET(
        path as never,
        {
          params: { path: { processId, id: props.id } },
          signal,
        } as never,
      );
      if (response.status === 404) return undefined;
      if (!response.ok) throw new ApiError(response.status, response.statusText);
      return data as unknown as HistoryAnswer;
    },
  });
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {query.isPending ? (
        <p className="muted" role="status">
          Loading the history…
        </p>
      ) : query.isError || !query.data ? (
        <p className="muted">No history is available for this record.</p>
      ) : (
        <ol className="history">
          {query.data.items.map((item) => (
            <li key={item.version}>
              <strong>{words(item.type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())}</strong>{' '}
              <span>
                by {item.actor} ({words(item.role)}) on {instant(item.recordedAt, timeZone)}
              </span>
              {item.valueDate && <span className="muted"> · value date {day(item.valueDate)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
