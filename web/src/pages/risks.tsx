import { useState } from 'react';
import { Link } from 'react-router';
import type { HeatCell, RegisterEntry, RiskRegister } from '../api/answers';
import { useView } from '../api/queries';
import { Status } from '../components/figures';
import { Loaded } from '../components/state';
import { type Column, DataTable } from '../components/table';
import { day, words } from '../format';

/** The assessment a risk's place on the heat map comes from: residual once assessed so, else inherent. */
export const currentOf = (risk: RegisterEntry) => risk.residual ?? risk.inherent;

const columns: Column<RegisterEntry>[] = [
  {
    key: 'title',
    header: 'Risk',
    value: (r) => r.title,
    cell: (r) => <Link to={`/risks/${r.riskId}`}>{r.title}</Link>,
  },
  { key: 'category', header: 'Category', value: (r) => r.category, cell: (r) => words(r.category) },
  { key: 'owner', header: 'Owner', value: (r) => r.owner, cell: (r) => r.owner },
  {
    key: 'score',
    header: 'Score',
    numeric: true,
    value: (r) => r.score ?? -1,
    cell: (r) => (
      <>
        {r.score ?? '—'} <Status value={r.rating} />
      </>
    ),
  },
  {
    key: 'mitigations',
    header: 'Mitigations',
    value: (r) => r.overdueMitigations,
    cell: (r) => (
      <>
        {r.mitigations.length}
        {r.overdueMitigations > 0 && <span className="flag"> ({r.overdueMitigations} overdue)</span>}
      </>
    ),
  },
  {
    key: 'review',
    header: 'Next review',
    value: (r) => r.nextReview?.on ?? '',
    cell: (r) =>
      r.nextReview ? (
        <>
          {day(r.nextReview.on)}
          {r.nextReview.overdue && <span className="flag"> overdue</span>}
        </>
      ) : (
        '—'
      ),
  },
  { key: 'status', header: 'Status', value: (r) => r.status, cell: (r) => words(r.status) },
];

export default function Risks() {
  const register = useView<RiskRegister>('/processes/{processId}/risk-register');
  const [cell, setCell] = useState<HeatCell>();
  return (
    <>
      <h1>Risks</h1>
      <Loaded query={register} what="the risk register">
        {(r) => {
          const inCell = cell
            ? r.risks.filter((risk) => {
                const current = currentOf(risk);
                return (
                  risk.status === 'open' &&
                  current?.likelihood === cell.likelihood &&
                  current.impact === cell.impact
                );
              })
            : [];
          return (
            <>
              <div className="two">
                <section aria-labelledby="heat-heading">
                  <h2 id="heat-heading">Heat map</h2>
                  <HeatMap cells={r.heatMap.cells} chosen={cell} onChoose={setCell} />
                  <p className="muted">
                    Open risks by {r.heatMap.basis}; {r.heatMap.unassessed} not assessed yet.
                  </p>
                </section>
                <section aria-labelledby="cell-heading" aria-live="polite">
                  <h2 id="cell-heading">
                    {cell ? `Likelihood ${cell.likelihood}, impact ${cell.impact}` : 'Choose a cell'}
                  </h2>
                  {cell &&
                    (inCell.length ? (
                      <ul>
                        {inCell.map((risk) => (
                          <li key={risk.riskId}>
                            <Link to={`/risks/${risk.riskId}`}>{risk.title}</Link>{' '}
                            <span className="muted">({risk.owner})</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p>No open risk is assessed here.</p>
                    ))}
                </section>
              </div>
              <DataTable
                caption="Risk register"
                columns={columns}
                rows={r.risks}
                rowKey={(risk) => risk.riskId}
              />
              <section aria-labelledby="derived-heading">
                <h2 id="derived-heading">Derived from the books</h2>
                {r.derivedRisks.length === 0 ? (
                  <p>None today.</p>
                ) : (
                  <ul className="attention">
                    {r.derivedRisks.map((d) => (
                      <li key={d.subject}>
                        <Status value={d.rating} /> {d.title}{' '}
                        <span className="muted">({words(d.category)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

/** Likelihood down the side (5 at the top), impact along the bottom; each cell a button listing its risks. */
function HeatMap(props: {
  cells: readonly HeatCell[];
  chosen: HeatCell | undefined;
  onChoose: (cell: HeatCell) => void;
}) {
  const rows = [5, 4, 3, 2, 1].map((likelihood) => ({
    likelihood,
    cells: props.cells.filter((c) => c.likelihood === likelihood),
  }));
  return (
    <table className="heat">
      <caption className="muted">Open risks per likelihood and impact</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.likelihood}>
            <th scope="row">L{row.likelihood}</th>
            {row.cells.map((cell) => (
              <td key={cell.impact}>
                <button
                  type="button"
                  className={`rating-${cell.rating}`}
                  aria-pressed={
                    props.chosen?.likelihood === cell.likelihood && props.chosen.impact === cell.impact
                  }
                  aria-label={`Likelihood ${cell.likelihood}, impact ${cell.impact}, ${cell.rating}: ${cell.count} risks`}
                  onClick={() => props.onChoose(cell)}
                >
                  {cell.count}
                </button>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          {[1, 2, 3, 4, 5].map((impact) => (
            <th key={impact} scope="col">
              I{impact}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
