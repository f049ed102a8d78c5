import type { RiskCategory, RiskRating } from '../../events/catalog/risk';
import type { BenchmarkAssessment } from '../benchmark/status';
import { daysBetween } from '../calendar';
import type { Money } from '../money';
import type { Forecast } from './forecast';

/**
 * Risks the data raises without anyone typing them (docs/rules.md, "Derived risks"). Each is a pure function of
 * the numbers it watches: it answers the risk while they say so and nothing once they change, so a
 * derived risk clears itself. None is stored: the register computes them when it is read.
 */
export type DerivedRiskCode =
  | 'budget-runs-out-before-mandate-end'
  | 'budget-line-runs-out-before-mandate-end'
  | 'funding-source-runs-out-before-mandate-end'
  | 'benchmark-off-track'
  | 'benchmark-missed'
  | 'donor-report-overdue'
  | 'independence-indicator-over-threshold'
  | 'secretariat-head-vacant';

export interface DerivedRisk {
  /** Stable: clients and tests match it, never the title. */
  readonly code: DerivedRiskCode;
  /** What it is about, stable across reads (`benchmark:<id>`, `budget-line:<id>` …), so it can be followed. */
  readonly subject: string;
  readonly category: RiskCategory;
  readonly rating: RiskRating;
  readonly title: string;
  /** The numbers that raised it, amounts as the views show them. */
  readonly raisedBy: Readonly<Record<string, string | number | null | Money>>;
}

/** A derived-risk rule: plain inputs in, the risks they raise out (none when all is well). */
export type DerivedRiskRule<Input> = (input: Input) => DerivedRisk[];

/**
 * A forecast as the budget view (`GET /budget/forecast`) answers it, for a line, a funding source or
 * the whole budget: what is available, the burn rate, the day the money runs out at that rate (null
 * when it lasts) and what is left on the mandate's last day.
 */
export type RunOutForecast = (
  | { readonly lineId: string }
  | { readonly fundingSourceId: string }
  | { readonly budget: 'overall' }
) &
  Pick<Forecast, 'available' | 'burnRate' | 'runsOutOn' | 'balanceAtMandateEnd'> & {
    readonly mandateEnd: string;
  };

/**
 * A line or a source running dry is high; the whole budget running dry stops the process before its
 * mandate is done, hence critical.
 */
export const runsOutBeforeMandateEnd: DerivedRiskRule<RunOutForecast> = (forecast) => {
  const { available, burnRate, runsOutOn, balanceAtMandateEnd, mandateEnd } = forecast;
  if (runsOutOn === null || runsOutOn >= mandateEnd) return [];
  const numbers = {
    available,
    burnRate,
    runsOutOn,
    mandateEnd,
    daysBeforeMandateEnd: daysBetween(runsOutOn, mandateEnd),
    balanceAtMandateEnd,
  };
  const when = `is forecast to run out on ${runsOutOn}, before the mandate ends on ${mandateEnd}`;
  if ('lineId' in forecast)
    return [
      {
        code: 'budget-line-runs-out-before-mandate-end',
        subject: `budget-line:${forecast.lineId}`,
        category: 'financial',
        rating: 'high',
        title: `Budget line ${forecast.lineId} ${when}`,
        raisedBy: { lineId: forecast.lineId, ...numbers },
      },
    ];
  if ('fundingSourceId' in forecast)
    return [
      {
        code: 'funding-source-runs-out-before-mandate-end',
        subject: `funding-source:${forecast.fundingSourceId}`,
        category: 'financial',
        rating: 'high',
        title: `Funding source ${forecast.fundingSourceId} ${when}`,
        raisedBy: { fundingSourceId: forecast.fundingSourceId, ...numbers },
      },
    ];
  return [
    {
      code: 'budget-runs-out-before-mandate-end',
      subject: 'budget:overall',
      category: 'financial',
      rating: 'critical',
      title: `The budget ${when}`,
      raisedBy: numbers,
    },
  ];
};

/** A benchmark and its status on the day asked, as the dashboard computes it. */
export interface BenchmarkStanding {
  readonly benchmarkId: string;
  readonly metric: string;
  readonly target: number;
  readonly value: number;
  readonly dueDate: string;
  readonly assessment: BenchmarkAssessment;
}

/** Off track is a warning (high); missed is the deadline gone (critical). At risk is left to the dashboard. */
export const benchmarkOffTrack: DerivedRiskRule<BenchmarkStanding> = (standing) => {
  const { benchmarkId, metric, target, value, dueDate, assessment } = standing;
  const { status, expectedNow, ratio } = assessment;
  if (status !== 'off-track' && status !== 'missed') return [];
  const missed = status === 'missed';
  return [
    {
      code: missed ? 'benchmark-missed' : 'benchmark-off-track',
      subject: `benchmark:${benchmarkId}`,
      category: 'timeline',
      rating: missed ? 'critical' : 'high',
      title: missed
        ? `"${metric}" missed its due date ${dueDate} at ${value} of ${target}`
        : `"${metric}" is off track: ${value} where ${expectedNow} was expected by now`,
      raisedBy: { benchmarkId, target, value, expectedNow, ratio, dueDate },
    },
  ];
};

/** A date of a contribution's reporting calendar, from the donor views, passed without a report. */
export interface DonorReportDue {
  readonly donorId: string;
  readonly contributionId: string;
  readonly reportDue: string;
  readonly today: string;
}

/**
 * Overdue from the day after it was due; a report sent answers the date, which is then no longer
 * passed in, and that clears it. One risk per date, so two reports missed are two risks.
 */
export const donorReportOverdue: DerivedRiskRule<DonorReportDue> = ({
  donorId,
  contributionId,
  reportDue,
  today,
}) =>
  today > reportDue
    ? [
        {
          code: 'donor-report-overdue',
          subject: `donor-report:${contributionId}:${reportDue}`,
          category: 'reputational',
          rating: 'high',
          title: `The report due to ${donorId} on ${reportDue} is overdue`,
          raisedBy: { donorId, contributionId, reportDue, today, daysOverdue: daysBetween(reportDue, today) },
        },
      ]
    : [];
