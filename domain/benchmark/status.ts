import type { BenchmarkKind } from '../../events/catalog/benchmark';
import { daysBetween } from '../calendar';

/**
 * A benchmark's status is computed, never typed in (docs/rules.md, "Benchmarks and the mandate"):
 * achieved once the value reaches the target; missed once the due date passes without it; otherwise
 * the ratio of progress made to progress expected by now gives on track (≥ 0.85, or the trend of
 * recorded progress projects the target by the due date), at risk (0.6 to 0.85), off track (< 0.6);
 * an output benchmark with nothing delivered is at risk once three quarters of its plan is gone.
 */
export type BenchmarkStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'missed';

/** The thresholds in hundredths (0.85 and 0.6), so comparisons stay in integers. */
export const ON_TRACK_HUNDREDTHS = 85;
export const AT_RISK_HUNDREDTHS = 60;

/**
 * An output (a draft, a report) comes whole, so rounded down nothing of it is expected before its due
 * date. With nothing delivered once this share of the days planned has passed it is at risk: the
 * last quarter is left to act in, not discovered on the day it is late.
 */
export const OUTPUT_WARNING_PERCENT = 75;

/** Rates are shown per 30 days: "10 meetings a month" reads better than 0.33 a day. */
const RATE_PERIOD_DAYS = 30;

/** The recorded facts of one benchmark, as the benchmarks view keeps them. */
export interface BenchmarkFacts {
  readonly kind: BenchmarkKind;
  readonly target: number;
  readonly baseline: number;
  /** The day the benchmark was set: its plan runs from here (with the baseline) to the due date. */
  readonly setOn: string;
  /** The current due date, after any rescheduling. */
  readonly dueDate: string;
  /** The cumulative value last recorded; the baseline before any progress. */
  readonly value: number;
  /** The date of the progress report that recorded `value`, when there is one. */
  readonly valueOn?: string;
}

export interface BenchmarkAssessment {
  readonly status: BenchmarkStatus;
  /** (value − baseline) ÷ (target − baseline), in percent, one decimal. */
  readonly percentComplete: number;
  readonly daysPlanned: number;
  readonly daysElapsed: number;
  readonly daysLeft: number;
  /** The whole count expected by today on a straight line from the baseline to the target. */
  readonly expectedNow: number;
  /** Progress made ÷ progress expected, two decimals; null while no whole unit is expected yet. */
  readonly ratio: number | null;
  /** What is left ÷ days left, per 30 days; null once no day is left. */
  readonly rateNeeded: number | null;
  /** The recorded pace: progress ÷ days from setting to the last report, per 30 days; null without one. */
  readonly rateAchieved: number | null;
  /** The value today plus the recorded pace over the days left; null without a pace. */
  readonly projectedAtDue: number | null;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The default rule, with the one reading whole counts need: progress is counted in whole meetings,
 * areas or drafts, so the progress expected by now is rounded down to a whole count. While it is 0
 * (an output benchmark with target 1 until its due date, any benchmark on its first days) nothing is
 * expected yet and the benchmark is on track, unless it is an output with nothing delivered past
 * `OUTPUT_WARNING_PERCENT` of its plan. Ratios are compared in integers so that exactly 0.85 and
 * exactly 0.6 fall on the side the rule says.
 */
export function assessBenchmark(facts: BenchmarkFacts, today: string): BenchmarkAssessment {
  const { kind, target, baseline, setOn, dueDate, value, valueOn } = facts;
  const span = target - baseline;
  const progress = value - baseline;
  const daysPlanned = Math.max(0, daysBetween(setOn, dueDate));
  const daysElapsed = Math.max(0, daysBetween(setOn, today));
  const daysLeft = Math.max(0, daysBetween(today, dueDate));
  const expectedProgress =
    daysPlanned === 0 ? span : Math.floor((span * Math.min(daysElapsed, daysPlanned)) / daysPlanned);

  // The pace runs from the setting to the last report; days since then count as days without progress.
  const paceDays = valueOn === undefined ? 0 : daysBetween(setOn, valueOn);
  const pace = paceDays > 0 ? Math.max(0, progress) / paceDays : null;
  const achieved = value >= target;
  const missed = !achieved && today > dueDate;
  const outputUndelivered =
    kind === 'output' && progress <= 0 && 100 * daysElapsed > OUTPUT_WARNING_PERCENT * daysPlanned;

  const status = ((): BenchmarkStatus => {
    if (achieved) return 'achieved';
    if (missed) return 'missed';
    if (expectedProgress === 0) return outputUndelivered ? 'at-risk' : 'on-track';
    if (100 * progress >= ON_TRACK_HUNDREDTHS * expectedProgress) return 'on-track';
    // value + pace × daysLeft ≥ target, multiplied out by paceDays to stay in integers.
    if (pace !== null && value * paceDays + Math.max(0, progress) * daysLeft >= target * paceDays)
      return 'on-track';
    if (100 * progress >= AT_RISK_HUNDREDTHS * expectedProgress) return 'at-risk';
    return 'off-track';
  })();

  return {
    status,
    percentComplete: round((100 * progress) / span, 1),
    daysPlanned,
    daysElapsed,
    daysLeft,
    expectedNow: baseline + expectedProgress,
    ratio: expectedProgress === 0 ? null : round(progress / expectedProgress, 2),
    rateNeeded: achieved
      ? 0
      : daysLeft === 0
        ? null
        : round(((target - value) * RATE_PERIOD_DAYS) / daysLeft, 2),
    rateAchieved: pace === null ? null : round(pace * RATE_PERIOD_DAYS, 2),
    projectedAtDue: achieved || missed ? value : pace === null ? null : round(value + pace * daysLeft, 2),
  };
}
