import type { ContributionEvent } from '../../events/catalog';
import type { ReportingFrequency } from '../../events/catalog/contribution';
import { dayOf } from '../calendar';
import type { Actor } from '../decider';
import { refuse } from '../errors';
import type { PledgedContribution } from './contribution';

const MONTHS: Record<ReportingFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  'semi-annual': 6,
  annual: 12,
};

const daysIn = (year: number, monthIndex: number): number =>
  new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

const isoDay = (year: number, monthIndex: number, day: number): string =>
  dayOf(new Date(Date.UTC(year, monthIndex, day)).toISOString());

/**
 * The k-th date of a donor's reporting calendar (k = 0 is `firstReportDue`), one frequency apart.
 * Counted from the first date every time, not from the previous one, so a short month does not drag
 * the day down for good. A first date on a month's last day keeps to month ends (31 Mar, 30 Jun,
 * 30 Sep, 31 Dec), the way agreements phrase "at the end of each quarter"; any other day stays the
 * same day, clamped to shorter months (30 Jan monthly: 28 Feb, 30 Mar).
 */
export function dueDateOf(firstReportDue: string, frequency: ReportingFrequency, k: number): string {
  const [year = 0, month = 1, day = 1] = firstReportDue.split('-').map(Number);
  const monthIndex = month - 1 + k * MONTHS[frequency];
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = monthIndex % 12;
  const last = daysIn(targetYear, targetMonth);
  const monthEnd = day === daysIn(year, month - 1);
  return isoDay(targetYear, targetMonth, monthEnd ? last : Math.min(day, last));
}

export interface ReportingStatus {
  /** The earliest date of the calendar no report has answered yet. */
  readonly nextDue: string;
  /** True once that date has passed (a report due today is not overdue yet). */
  readonly overdue: boolean;
  readonly daysOverdue: number;
  /** How many dates of the calendar have passed without a report. */
  readonly overdueReports: number;
}

const DAY_MS = 86_400_000;

export interface ReportingCalendar {
  readonly firstReportDue: string;
  readonly reportingFrequency: ReportingFrequency;
}

/**
 * The dates of the calendar that have passed on a given day without a report, oldest first. Reports
 * answer the calendar in order, so `answered` reports answer its first `answered` dates.
 */
export function overdueDueDates(calendar: ReportingCalendar, answered: number, today: string): string[] {
  const due = (k: number) => dueDateOf(calendar.firstReportDue, calendar.reportingFrequency, k);
  const passed: string[] = [];
  for (let k = answered; due(k) < today; k++) passed.push(due(k));
  return passed;
}

/** Where a contribution stands with its reports on a given day: the next date due and the dates passed. */
export function reportingStatus(
  calendar: ReportingCalendar,
  answered: number,
  today: string,
): ReportingStatus {
  const nextDue = dueDateOf(calendar.firstReportDue, calendar.reportingFrequency, answered);
  const overdueReports = overdueDueDates(calendar, answered, today).length;
  const daysOverdue =
    overdueReports === 0 ? 0 : Math.round((Date.parse(today) - Date.parse(nextDue)) / DAY_MS);
  return { nextDue, overdue: overdueReports > 0, daysOverdue, overdueReports };
}

/** A report sent to the donor, answering the earliest unanswered date of its reporting calendar. */
export interface SubmitDonorReport extends Actor {
  readonly type: 'SubmitDonorReport';
  readonly periodEnd: string;
  readonly submittedOn: string;
  readonly document: { readonly reference: string; readonly sha256: string };
}

/**
 * A report answers the earliest date of the calendar not yet answered, so the calendar advances one
 * date per report; it covers a period that has ended, later than the last one reported.
 */
export function submitReport(command: SubmitDonorReport, source: PledgedContribution): ContributionEvent {
  const { periodEnd, submittedOn, document, by, at } = command;
  const today = dayOf(at);
  if (submittedOn > today) return refuse('report-submitted-in-future', { submittedOn, today });
  if (periodEnd > submittedOn) return refuse('report-period-not-ended', { periodEnd, submittedOn });
  const { reportingFrequency, firstReportDue, answered, lastPeriodEnd } = source.reporting;
  if (lastPeriodEnd !== null && periodEnd <= lastPeriodEnd)
    return refuse('report-period-already-reported', { periodEnd, lastPeriodEnd });
  return {
    type: 'DonorReportSubmitted',
    data: {
      contributionId: source.contributionId,
      donorId: source.donorId,
      dueDate: dueDateOf(firstReportDue, reportingFrequency, answered),
      periodEnd,
      submittedOn,
      document,
      submittedBy: by,
      submittedAt: at,
    },
  };
}
