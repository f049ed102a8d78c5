import { describe, expect, it } from 'vitest';
import { answeredBy, datesAnswered, dueDateOf, overdueDueDates, reportingStatus } from './reporting-calendar';

describe('the reporting calendar', () => {
  it('steps one frequency at a time from the first due date', () => {
    const quarterly = [0, 1, 2, 3].map((k) => dueDateOf('2026-04-15', 'quarterly', k));
    expect(quarterly).toEqual(['2026-04-15', '2026-07-15', '2026-10-15', '2027-01-15']);
    expect(dueDateOf('2026-04-15', 'monthly', 9)).toBe('2027-01-15');
    expect(dueDateOf('2026-04-15', 'semi-annual', 3)).toBe('2027-10-15');
    expect(dueDateOf('2026-04-15', 'annual', 2)).toBe('2028-04-15');
  });

  it('keeps to month ends when the first due date is one', () => {
    const quarterEnds = [0, 1, 2, 3].map((k) => dueDateOf('2026-03-31', 'quarterly', k));
    expect(quarterEnds).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    // 28 Feb 2027 is February's last day, so March's date is the 31st; 2028 is a leap year.
    expect(dueDateOf('2027-02-28', 'monthly', 1)).toBe('2027-03-31');
    expect(dueDateOf('2027-02-28', 'annual', 1)).toBe('2028-02-29');
  });

  it('clamps another day to a shorter month without dragging later dates down', () => {
    expect([0, 1, 2].map((k) => dueDateOf('2026-01-30', 'monthly', k))).toEqual([
      '2026-01-30',
      '2026-02-28',
      '2026-03-30',
    ]);
  });
});

describe('the dates reports answer', () => {
  const calendar = { firstReportDue: '2026-03-31', reportingFrequency: 'quarterly' as const };

  it('are the dates on or before the end of the last period reported: each date reports on the period ending on it', () => {
    expect(datesAnswered(calendar, null)).toBe(0);
    expect(datesAnswered(calendar, '2026-03-30')).toBe(0);
    expect(datesAnswered(calendar, '2026-03-31')).toBe(1);
    expect(datesAnswered(calendar, '2026-06-30')).toBe(2);
  });

  it('leave a date whose period was reported only in part: a report to 31 Jul does not answer 30 Sep', () => {
    expect(datesAnswered(calendar, '2026-07-31')).toBe(2);
    expect(answeredBy(calendar, '2026-06-30', '2026-07-31')).toEqual([]);
    expect(answeredBy(calendar, '2026-07-31', '2026-09-30')).toEqual(['2026-09-30']);
  });

  it('may be several for one report covering several periods', () => {
    expect(answeredBy(calendar, null, '2026-09-30')).toEqual(['2026-03-31', '2026-06-30', '2026-09-30']);
    expect(answeredBy(calendar, '2026-03-31', '2026-10-15')).toEqual(['2026-06-30', '2026-09-30']);
  });
});

describe('the reporting status on a day', () => {
  const calendar = { firstReportDue: '2026-03-31', reportingFrequency: 'quarterly' as const };

  it('is not overdue on the due date itself', () => {
    expect(reportingStatus(calendar, null, '2026-03-31')).toEqual({
      nextDue: '2026-03-31',
      overdue: false,
      daysOverdue: 0,
      overdueReports: 0,
    });
  });

  it('counts the days since the earliest unanswered date and every date passed without a report', () => {
    // Dates 31 Mar, 30 Jun and 30 Sep 2026 have passed on 1 Oct 2026: three reports, the first 184
    // days late (31 Mar to 1 Oct: 30 + 31 + 30 + 31 + 31 + 30 + 1 = 184).
    expect(reportingStatus(calendar, null, '2026-10-01')).toEqual({
      nextDue: '2026-03-31',
      overdue: true,
      daysOverdue: 184,
      overdueReports: 3,
    });
  });

  it('advances past the dates reports have answered', () => {
    // Reports to 30 Jun answered 31 Mar and 30 Jun; 30 Sep is next, passed by one day on 1 Oct.
    expect(reportingStatus(calendar, '2026-06-30', '2026-10-01')).toEqual({
      nextDue: '2026-09-30',
      overdue: true,
      daysOverdue: 1,
      overdueReports: 1,
    });
    expect(reportingStatus(calendar, '2026-09-30', '2026-10-01')).toMatchObject({
      nextDue: '2026-12-31',
      overdue: false,
    });
  });

  it('stays on a date whose period was reported only in part', () => {
    expect(reportingStatus(calendar, '2026-07-31', '2026-10-01')).toMatchObject({
      nextDue: '2026-09-30',
      overdue: true,
      overdueReports: 1,
    });
  });
});

describe('the reports overdue on a day', () => {
  const calendar = { firstReportDue: '2026-03-31', reportingFrequency: 'quarterly' as const };

  it('are the dates passed without a report, oldest first, after those answered', () => {
    // On 1 Oct 2026, 31 Mar, 30 Jun and 30 Sep have passed; a report to 31 Mar answered the first.
    expect(overdueDueDates(calendar, null, '2026-10-01')).toEqual(['2026-03-31', '2026-06-30', '2026-09-30']);
    expect(overdueDueDates(calendar, '2026-03-31', '2026-10-01')).toEqual(['2026-06-30', '2026-09-30']);
  });

  it('leave out a date that is today', () => {
    expect(overdueDueDates(calendar, null, '2026-03-31')).toEqual([]);
  });
});
