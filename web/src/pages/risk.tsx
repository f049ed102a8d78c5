import { Link, useParams } from 'react-router';
import type { Risk as RiskAnswer, RiskRegister } from '../api/answers';
import { useView } from '../api/queries';
import { Status } from '../components/figures';
import { History } from '../components/history';
import { Loaded } from '../components/state';
import { DataTable } from '../components/table';
import { day, words } from '../format';

/** One risk: what it is, how its assessment moved, its mitigations, and who recorded what. */
export default function Risk() {
  const riskId = useParams().riskId ?? '';
  const risk = useView<RiskAnswer>('/processes/{processId}/risks/{riskId}', { path: { riskId } });
  const register = useView<RiskRegister>('/processes/{processId}/risk-register');
  const entry = register.data?.risks.find((r) => r.riskId === riskId);
  return (
    <>
      <p>
        <Link to="/risks">All risks</Link>
      </p>
      <Loaded query={risk} what="the risk">
        {(r) => (
          <>
            <h1>{r.title}</h1>
            <dl className="facts">
              <dt>Status</dt>
              <dd>{words(r.status)}</dd>
              <dt>Category</dt>
              <dd>{words(r.category)}</dd>
              <dt>Owner</dt>
              <dd>{r.owner}</dd>
              <dt>Cause</dt>
              <dd>{r.cause}</dd>
              <dt>Consequence</dt>
              <dd>{r.consequence}</dd>
              <dt>Rating</dt>
              <dd>
                {entry?.score ?? '—'} <Status value={entry?.rating} />
              </dd>
              <dt>Next review</dt>
              <dd>
                {day(entry?.nextReview?.on)}
                {entry?.nextReview?.overdue && <span className="flag"> overdue</span>}
              </dd>
            </dl>
            <h2>Assessments</h2>
            {entry?.history.length ? (
              <DataTable
                caption="Assessment history"
                rows={entry.history}
                rowKey={(a) => `${a.assessedOn}-${a.kind}-${a.score}`}
                columns={[
                  {
                    key: 'on',
                    header: 'Assessed',
                    value: (a) => a.assessedOn,
                    cell: (a) => day(a.assessedOn),
                  },
                  { key: 'kind', header: 'Kind', value: (a) => a.kind, cell: (a) => words(a.kind) },
                  {
                    key: 'l',
                    header: 'Likelihood',
                    numeric: true,
                    value: (a) => a.likelihood,
                    cell: (a) => a.likelihood,
                  },
                  {
                    key: 'i',
                    header: 'Impact',
                    numeric: true,
                    value: (a) => a.impact,
                    cell: (a) => a.impact,
                  },
                  {
                    key: 'score',
                    header: 'Score',
                    numeric: true,
                    value: (a) => a.score,
                    cell: (a) => (
                      <>
                        {a.score} <Status value={a.rating} />
                      </>
                    ),
                  },
                ]}
              />
            ) : (
              <p>Not assessed yet.</p>
            )}
            <h2>Mitigations</h2>
            {(entry?.mitigations ?? r.mitigations).length ? (
              <ul>
                {(entry?.mitigations ?? r.mitigations).map((m) => (
                  <li key={m.mitigationId}>
                    {m.action} — {m.owner}, due {day(m.dueDate)} <Status value={m.status} />
                    {m.overdue && <span className="flag"> overdue</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p>None planned.</p>
            )}
          </>
        )}
      </Loaded>
      <History records="risks" id={riskId} />
    </>
  );
}
