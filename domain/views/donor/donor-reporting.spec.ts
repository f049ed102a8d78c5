import { describe, expect, it } from 'vitest';
import { readData } from '../../../events/catalog';
import { pledged } from '../../../test/support/builders';
import { eventLog, project } from '../../../test/support/event-log';
import { donorContributionsProjection } from './contributions';
import { donorView } from './donor-view';

describe('the dates a report answers', () => {
  // Quarterly from 31 Mar: each date reports on the quarter that ends on it. Reports as version 1
  // stored them, each naming the earliest date not yet answered whatever period it covered.
  const storedReport = (dueDate: string, periodEnd: string, submittedOn: string) => ({
    type: 'DonorReportSubmitted' as const,
    data: readData('DonorReportSubmitted', 1, {
      contributionId: 'src-1',
      donorId: 'eu',
      dueDate,
      periodEnd,
      submittedOn,
      document: { reference: `EU-${periodEnd}`, sha256: 'e'.repeat(64) },
      submittedBy: 'fo-1',
      submittedAt: `${submittedOn}T09:00:00.000Z`,
    }),
  });
  const viewOn = (today: string, ...reports: ReturnType<typeof storedReport>[]) => {
    const log = eventLog();
    log.append('contribution', 'src-1', pledged(), '2026-01-01T09:00:00.000Z');
    for (const report of reports) log.append('contribution', 'src-1', report, report.data.submittedAt);
    const contributions = project(donorContributionsProjection, log.inRecordedOrder());
    return donorView({ contributions, spending: [], staff: [], lines: new Map(), donorId: 'eu', today });
  };
  const firstTwoQuarters = [
    storedReport('2026-03-31', '2026-03-31', '2026-04-10'),
    storedReport('2026-06-30', '2026-06-30', '2026-07-05'),
  ];

  it('leave a date whose period the report does not cover unanswered: overdue the day after it', () => {
    // The third report covers July only; August and September were never reported.
    const view = viewOn(
      '2026-10-01',
      ...firstTwoQuarters,
      storedReport('2026-09-30', '2026-07-31', '2026-08-03'),
    );
    expect(view?.contributions[0]?.reporting).toMatchObject({
      nextDue: '2026-09-30',
      overdue: true,
      daysOverdue: 1,
      overdueReports: 1,
    });
    expect(view?.reporting).toMatchObject({ nextDue: '2026-09-30', overdue: true, overdueReports: 1 });
    // Each report shows the dates it answers; one that answers none is neither on time nor late.
    const submitted = view?.contributions[0]?.reporting.submitted ?? [];
    expect(submitted.map(({ answers, onTime }) => ({ answers, onTime }))).toEqual([
      { answers: ['2026-03-31'], onTime: false },
      { answers: ['2026-06-30'], onTime: false },
      { answers: [], onTime: null },
    ]);
  });

  it('are every date up to the end of its period, so one report can answer two quarters', () => {
    // Sent on 2 Oct for April to September: it answers 30 Jun and 30 Sep; 31 Dec is next.
    const view = viewOn(
      '2026-10-02',
      storedReport('2026-03-31', '2026-03-31', '2026-04-10'),
      storedReport('2026-06-30', '2026-09-30', '2026-10-02'),
    );
    expect(view?.contributions[0]?.reporting).toMatchObject({
      nextDue: '2026-12-31',
      overdue: false,
      overdueReports: 0,
    });
    expect(view?.contributions[0]?.reporting.submitted[1]).toMatchObject({
      answers: ['2026-06-30', '2026-09-30'],
      onTime: false,
    });
  });
});
