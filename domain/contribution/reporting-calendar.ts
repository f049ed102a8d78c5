import type { ContributionEvent } from '../../events/catalog';
import type { ReportingFrequency } from '../../events/catalog/contribution';
import { dayOf, daysBetween } from '../calendar';
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

export interface ReportingCalendar {
  readonly firstReportDue: string;
  readonly reportingFrequency: ReportingFrequency;
}

const datesOf =
  ({ firstReportDue, reportingFrequency }: ReportingCalendar) =>
  (k: number): string =>
    dueDateOf(firstReportDue, reportingFrequency, k);

/**
 * How many dates of the calendar the reports sent so far answer. Each date reports on the period that
 * ends on it (quarterly from 31 Mar, 30 Jun reports on April to June), and each report covers the
 * time from the end of the last one to its `periodEnd`; so together they answer every date on or
 * before the last period end and none after it, however many reports it took. A report to 31 Jul
 * leaves 30 Sep unanswered: August and September are not reported.
 */
export function datesAnswered(calendar: ReportingCalendar, lastPeriodEnd: string | null): number {
  const due = datesOf(calendar);
  let answered = 0;
  while (lastPeriodEnd !== null && due(answered) <= lastPeriodEnd) answered++;
  return answered;
}

/** The dates one report answers: those on or before its period end that earlier reports left open. */
export function answeredBy(
  calendar: ReportingCalendar,
  previousPeriodEnd: string | null,
  periodEnd: string,
): string[] {
  const due = datesOf(calendar);
  const answers: string[] = [];
  for (let k = datesAnswered(calendar, previousPeriodEnd); due(k) <= periodEnd; k++) answers.push(due(k));
  return answers;
}

/** The dates of the calendar that have passed on a given day without a report, oldest first. */
export function overdueDueDates(
  calendar: ReportingCalendar,
  lastPeriodEnd: string | null,
  today: string,
): string[] {
  const due = datesOf(calendar);
  const passed: string[] = [];
  for (let k = datesAnswered(calendar, lastPeriodEnd); due(k) < today; k++) passed.push(due(k));
  return passed;
}

/** Where a contribution stands with its reports on a given day: the next date due and the dates passed. */
export function reportingStatus(
  calendar: ReportingCalendar,
  lastPeriodEnd: string | null,
  today: string,
): ReportingStatus {
  const nextDue = datesOf(calendar)(datesAnswered(calendar, lastPeriodEnd));
  const overdueReports = overdueDueDates(calendar, lastPeriodEnd, today).length;
  const daysOverdue = overdueReports === 0 ? 0 : daysBetween(nextDue, today);
  return { nextDue, overdue: overdueReports > 0, daysOverdue, overdueReports };
}

/** A report sent to the donor, covering the time from the end of the last one to `periodEnd`. */
export interface SubmitDonorReport extends Actor {
  readonly type: 'SubmitDonorReport';
  readonly periodEnd: string;
  readonly submittedOn: string;
  readonly document: { readonly reference: string; readonly sha256: string };
}

/**
 * A report covers a period that has ended, later than the last one reported. It is recorded whatever
 * dates it answers, none included (a month's update to a quarterly donor): those follow from its
 * period end, so the event does not name them.
 */
export function submitReport(command: SubmitDonorReport, source: PledgedContribution): ContributionEvent {
  const { periodEnd, submittedOn, document, by, at } = command;
  if (periodEnd > submittedOn) return refuse('report-period-not-ended', { periodEnd, submittedOn });
  const { lastPeriodEnd } = source;
  if (lastPeriodEnd !== null && periodEnd <= lastPeriodEnd)
    return refuse('report-period-already-reported', { periodEnd, lastPeriodEnd });
  return {
    type: 'DonorReportSubmitted',
    data: {
      contributionId: source.contributionId,
      donorId: source.donorId,
      periodEnd,
      submittedOn,
      document,
      submittedBy: by,
      submittedAt: at,
    },
  };
}

/** A report recorded with the wrong period end or day sent, known by the period end it was recorded with. */
export interface CorrectDonorReport extends Actor {
  readonly type: 'CorrectDonorReport';
  readonly recordedPeriodEnd: string;
  readonly periodEnd: string;
  readonly submittedOn: string;
  readonly reason: string;
}

/**
 * The corrected report still covers a period that had ended when it was sent, after the report before
 * it and before the one after it: reports follow one another, and the calendar reads them in order.
 */
export function correctReport(command: CorrectDonorReport, source: PledgedContribution): ContributionEvent {
  const { recordedPeriodEnd, periodEnd, submittedOn, reason, by, at } = command;
  const i = source.reports.findIndex((r) => r.periodEnd === recordedPeriodEnd);
  const previous = source.reports[i];
  if (!previous) return refuse('donor-report-not-found', { periodEnd: recordedPeriodEnd });
  if (previous.periodEnd === periodEnd && previous.submittedOn === submittedOn)
    return refuse('correction-changes-nothing', { periodEnd });
  if (periodEnd > submittedOn) return refuse('report-period-not-ended', { periodEnd, submittedOn });
  const before = source.reports[i - 1]?.periodEnd;
  const after = source.reports[i + 1]?.periodEnd;
  if ((before !== undefined && periodEnd <= before) || (after !== undefined && periodEnd >= after))
    return refuse('report-period-out-of-order', { periodEnd, before: before ?? null, after: after ?? null });
  return {
    type: 'DonorReportCorrected',
    data: {
      contributionId: source.contributionId,
      donorId: source.donorId,
      previous,
      periodEnd,
      submittedOn,
      reason,
      correctedBy: by,
      correctedAt: at,
    },
  };
}
