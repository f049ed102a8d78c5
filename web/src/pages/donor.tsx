import { useParams } from 'react-router';
import type { DonorView } from '../api/finance';
import { useView } from '../api/queries';
import { ReportDownload } from '../components/report-download';
import { Loaded } from '../components/state';
import { day, money, words } from '../format';

/**
 * What a donor sees of its money: its contributions, the staff they fund, its reporting calendar, and
 * its audit report for a period. The API answers a donor for its own id only; another's shows the refusal.
 */
export default function DonorPage() {
  const { donorId = '' } = useParams();
  const donor = useView<DonorView>('/processes/{processId}/donors/{donorId}', { path: { donorId } });
  return (
    <Loaded query={donor} what={`donor ${donorId}`}>
      {(d) => (
        <>
          <h1>{d.donorName}</h1>
          <Contributions d={d} />
          <Staff d={d} />
          <Calendar d={d} />
          <ReportDownload donorId={d.donorId} />
        </>
      )}
    </Loaded>
  );
}

const figures = ['pledged', 'received', 'outstanding', 'committed', 'spent', 'available'] as const;

function Contributions({ d }: { d: DonorView }) {
  return (
    <div className="scroll">
      <table>
        <caption>Contributions</caption>
        <thead>
          <tr>
            <th scope="col">Contribution</th>
            <th scope="col">Modality</th>
            {figures.map((figure) => (
              <th key={figure} scope="col" className="num">
                {words(figure)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.contributions.map((c) => (
            <tr key={c.contributionId}>
              <td className="mono">{c.contributionId}</td>
              <td>{words(c.modality)}</td>
              {figures.map((figure) => (
                <td key={figure} className="num">
                  {money(c[figure])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Staff({ d }: { d: DonorView }) {
  return (
    <div className="scroll">
      <table>
        <caption>Staff its money funds</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Post</th>
            <th scope="col">Contract</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col" className="num">
              Monthly cost
            </th>
          </tr>
        </thead>
        <tbody>
          {d.staff.map((s) => (
            <tr key={`${s.appointmentId}:${s.startDate}`}>
              <td>{s.person.name}</td>
              <td>{s.post.title}</td>
              <td>{words(s.contractType)}</td>
              <td>{day(s.startDate)}</td>
              <td>{day(s.endDate)}</td>
              <td className="num">{money(s.monthlyCost)}</td>
            </tr>
          ))}
          {d.staff.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No staff paid from its contributions.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function Calendar({ d }: { d: DonorView }) {
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Reporting calendar</h2>
      <ul className="calendar">
        {d.contributions.map(({ contributionId, reporting: r }) => (
          <li key={contributionId}>
            <strong className="mono">{contributionId}</strong>: {words(r.frequency)} reports from{' '}
            {day(r.firstReportDue)}; next due {day(r.nextDue)}
            {r.overdue && <strong> — overdue by {r.daysOverdue} days</strong>}
            {r.submitted.length > 0 && (
              <span className="muted">
                {' '}
                · sent: {r.submitted.map((s) => `${day(s.periodEnd)} (on ${day(s.submittedOn)})`).join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
