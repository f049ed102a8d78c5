import type { RiskCategory, RiskRating } from '../../events/catalog/risks';
import type { BenchmarkAssessment } from '../benchmark/status';
import { addDays, daysBetween } from '../calendar';

/**
 * Risks the data raises without anyone typing them (DOMAIN.md, "Risks"). Each is a pure function of
 * the numbers it watches: it answers the risk while they say so and nothing once they change, so a
 * derived risk clears itself. None is stored: the register computes them when it is read.
 */
export type DerivedRiskCode =
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
  /** The numbers that raised it. */
  readonly raisedBy: Readonly<Record<string, string | number | null>>;
}

/** A derived-risk rule: plain inputs in, the risks they raise out (none when all is well). */
export type DerivedRiskRule<Input> = (input: Input) => DerivedRisk[];

/**
 * A forecast from the budget views: the day a line's or a source's money runs out at the rate it is
 * spent, or null when it does not run out.
 */
export type RunOutForecast = ({ readonly lineId: string } | { readonly sourceId: string }) & {
  readonly runsOutOn: string | null;
  readonly mandateEnd: string;
};

export const runsOutBeforeMandateEnd: DerivedRiskRule<RunOutForecast> = (forecast) => {
  const { runsOutOn, mandateEnd } = forecast;
  if (runsOutOn === null || runsOutOn >= mandateEnd) return [];
  const raisedBy = { runsOutOn, mandateEnd, daysShort: daysBetween(runsOutOn, mandateEnd) };
  if ('lineId' in forecast)
    return [
      {
        code: 'budget-line-runs-out-before-mandate-end',
        subject: `budget-line:${forecast.lineId}`,
        category: 'financial',
        rating: 'high',
        title: `Budget line ${forecast.lineId} is forecast to run out on ${runsOutOn}, before the mandate ends on ${mandateEnd}`,
        raisedBy: { lineId: forecast.lineId, ...raisedBy },
      },
    ];
  return [
    {
      code: 'funding-source-runs-out-before-mandate-end',
      subject: `funding-source:${forecast.sourceId}`,
      category: 'financial',
      rating: 'high',
      title: `Funding source ${forecast.sourceId} is forecast to run out on ${runsOutOn}, before the mandate ends on ${mandateEnd}`,
      raisedBy: { sourceId: forecast.sourceId, ...raisedBy },
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

/** A report a donor's agreement requires, from the donor reporting calendar. */
export interface DonorReportDue {
  readonly donorId: string;
  readonly reportDue: string;
  readonly today: string;
}

/** Overdue from the day after it was due; a report sent is no longer passed in, which clears it. */
export const donorReportOverdue: DerivedRiskRule<DonorReportDue> = ({ donorId, reportDue, today }) =>
  today > reportDue
    ? [
        {
          code: 'donor-report-overdue',
          subject: `donor-report:${donorId}:${reportDue}`,
          category: 'reputational',
          rating: 'high',
          title: `The report due to ${donorId} on ${reportDue} is overdue`,
          raisedBy: { donorId, reportDue, today, daysOverdue: daysBetween(reportDue, today) },
        },
      ]
    : [];

/**
 * The staffing independence indicator (the share of secondees and donor-funded staff) against the
 * threshold leadership set, both in the same unit (a fraction or a percentage). At the threshold is
 * not over it.
 */
export interface IndependenceIndicator {
  readonly share: number;
  readonly threshold: number;
}

export const independenceOverThreshold: DerivedRiskRule<IndependenceIndicator> = ({ share, threshold }) =>
  share > threshold
    ? [
        {
          code: 'independence-indicator-over-threshold',
          subject: 'staffing:independence',
          category: 'political',
          rating: 'high',
          title: `Secondees and donor-funded staff are ${share} of the Secretariat, over the threshold of ${threshold}`,
          raisedBy: { share, threshold },
        },
      ]
    : [];

/** The Head's post as the posts view has it; undefined when nobody was ever appointed to it. */
export interface HeadPost {
  readonly today: string;
  readonly post?: {
    readonly status: 'filled' | 'vacant';
    readonly holder?: { readonly startDate: string };
    readonly vacatedAfter?: string;
  };
}

/**
 * The Head is usually the Accounting Officer (DOMAIN.md): without one nobody answers for public
 * funds, hence critical. Vacant on a day when nobody holds the post: never appointed, after the last
 * holder's last day, or before a successor's first day.
 */
export const secretariatHeadVacant: DerivedRiskRule<HeadPost> = ({ today, post }) => {
  const holderStarts = post?.status === 'filled' ? post.holder?.startDate : undefined;
  const held =
    (post?.status === 'filled' && holderStarts !== undefined && holderStarts <= today) ||
    (post?.status === 'vacant' && post.vacatedAfter !== undefined && post.vacatedAfter >= today);
  if (held) return [];
  const vacantSince = post?.vacatedAfter === undefined ? null : addDays(post.vacatedAfter, 1);
  return [
    {
      code: 'secretariat-head-vacant',
      subject: 'post:secretariat-head',
      category: 'operational',
      rating: 'critical',
      title:
        vacantSince === null
          ? 'No Secretariat Head has been appointed'
          : `The Secretariat Head post has been vacant since ${vacantSince}`,
      raisedBy: {
        postId: 'secretariat-head',
        vacantSince,
        daysVacant: vacantSince === null ? null : daysBetween(vacantSince, today) + 1,
        successorStarts: holderStarts ?? null,
      },
    },
  ];
};
