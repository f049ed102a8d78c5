import { Link } from 'react-router';
import type { BudgetForecast, Dashboard, RiskRegister } from '../api/answers';
import { useView } from '../api/queries';
import { Gauge, Status } from '../components/figures';
import { Loaded } from '../components/state';
import { day, money, words } from '../format';

/** Leadership's one look: the mandate's time, money and results side by side, and what needs attention. */
export default function Overview() {
  const dashboard = useView<Dashboard>('/processes/{processId}/dashboard');
  const forecast = useView<BudgetForecast>('/processes/{processId}/budget/forecast');
  const register = useView<RiskRegister>('/processes/{processId}/risk-register');
  return (
    <>
      <h1>Overview</h1>
      <Loaded query={dashboard} what="the mandate's progress">
        {({ mandate, today }) => (
          <section aria-labelledby="mandate-heading">
            <h2 id="mandate-heading">The mandate on {day(today)}</h2>
            <div className="gauges">
              <Gauge
                label="Mandate elapsed"
                value={mandate.timeElapsedPercent}
                note={`${day(mandate.mandateStart)} to ${day(mandate.mandateEnd)}`}
              />
              <Gauge
                label="Budget spent"
                value={mandate.budgetSpent.percent}
                tone={(mandate.budgetSpent.percent ?? 0) > mandate.timeElapsedPercent ? 'warn' : 'good'}
                note={`${money(mandate.budgetSpent.disbursed)} of ${money(mandate.budgetSpent.allocated)}`}
              />
              <Gauge
                label="Benchmarks achieved"
                value={mandate.benchmarksAchievedPercent}
                tone={(mandate.benchmarksAchievedPercent ?? 0) < mandate.timeElapsedPercent ? 'warn' : 'good'}
                note={`${mandate.benchmarksAchieved} of ${mandate.benchmarks}`}
              />
            </div>
          </section>
        )}
      </Loaded>
      <Loaded query={forecast} what="the forecast">
        {(f) => (
          <section aria-labelledby="forecast-heading">
            <h2 id="forecast-heading">Money against the mandate</h2>
            {f.overall.runsOutOn ? (
              <p className="callout bad">
                At the current rate the money runs out on <strong>{day(f.overall.runsOutOn)}</strong>,{' '}
                {f.overall.daysBeforeMandateEnd} days before the mandate ends on {day(f.mandateEnd)}.
              </p>
            ) : (
              <p className="callout good">
                At the current rate the money lasts to the mandate's end on{' '}
                <strong>{day(f.mandateEnd)}</strong>, with {money(f.overall.balanceAtMandateEnd)} left.
              </p>
            )}
            <p className="muted">
              Available {money(f.overall.available)}; spending {money(f.overall.burnRate)} a month over{' '}
              {day(f.window.from)} to {day(f.window.to)}.
            </p>
          </section>
        )}
      </Loaded>
      <Loaded query={register} what="the risks">
        {(r) => {
          const attention = [...r.derivedRisks.filter((d) => d.rating === 'high' || d.rating === 'critical')];
          const typed = r.risks.filter(
            (risk) =>
              risk.status === 'open' &&
              (risk.rating === 'high' ||
                risk.rating === 'critical' ||
                risk.overdueMitigations > 0 ||
                risk.nextReview?.overdue),
          );
          return (
            <section aria-labelledby="attention-heading">
              <h2 id="attention-heading">Needing attention</h2>
              {attention.length + typed.length === 0 ? (
                <p>Nothing rated high or overdue.</p>
              ) : (
                <ul className="attention">
                  {attention.map((d) => (
                    <li key={d.subject}>
                      <Status value={d.rating} /> {d.title}{' '}
                      <span className="muted">({words(d.category)})</span>
                    </li>
                  ))}
                  {typed.map((risk) => (
                    <li key={risk.riskId}>
                      <Status value={risk.rating} /> <Link to={`/risks/${risk.riskId}`}>{risk.title}</Link>
                      {risk.overdueMitigations > 0 && (
                        <span className="flag"> {risk.overdueMitigations} mitigation(s) overdue</span>
                      )}
                      {risk.nextReview?.overdue && <span className="flag"> review overdue</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        }}
      </Loaded>
    </>
  );
}
