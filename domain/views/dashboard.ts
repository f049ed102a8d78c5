import type { BenchmarkAssessment, BenchmarkStatus } from '../benchmark/status';
import { daysBetween } from '../calendar';
import type { Money } from '../money';
import { type BenchmarkRow, standingOf } from './benchmarks';
import type { BudgetLineRow } from './budget';
import { totalOf } from './budget-groups';
import type { MandateRow } from './mandate';
import { nextReviewPoint, type ReviewPointRow } from './review-points';

/** One line of the dashboard: the benchmark's facts and its status on the day asked. */
export type DashboardBenchmark = Omit<BenchmarkRow, 'version'> & BenchmarkAssessment;

export interface MandateProgress {
  readonly mandateStart: string;
  readonly mandateEnd: string;
  /** Days from the mandate's start to today over its length, in percent (0 to 100). */
  readonly timeElapsedPercent: number;
  readonly benchmarks: number;
  readonly benchmarksAchieved: number;
  readonly benchmarksAchievedPercent: number | null;
  readonly byStatus: Readonly<Record<BenchmarkStatus, number>>;
  /** From the budget view's lines at the time of asking, in the budget currency. */
  readonly budgetSpent: {
    readonly allocated: Money;
    readonly disbursed: Money;
    readonly percent: number | null;
  };
}

export interface Dashboard {
  readonly today: string;
  readonly mandate: MandateProgress;
  readonly benchmarks: readonly DashboardBenchmark[];
  readonly nextReviewPoint: {
    readonly reviewPointId: string;
    readonly date: string;
    readonly title: string;
  } | null;
}

const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The benchmark dashboard from the rows the views keep, read at query time for the day asked. */
export function dashboardOf(inputs: {
  readonly mandate: MandateRow;
  readonly benchmarks: readonly BenchmarkRow[];
  readonly reviewPoints: readonly ReviewPointRow[];
  readonly budgetLines: readonly BudgetLineRow[];
  readonly today: string;
}): Dashboard {
  const { mandate, today } = inputs;
  const benchmarks = [...inputs.benchmarks]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.benchmarkId.localeCompare(b.benchmarkId))
    .map((row): DashboardBenchmark => {
      const { version: _, assessment, ...facts } = standingOf(row, today);
      return { ...facts, ...assessment };
    });
  const byStatus = { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, missed: 0 };
  for (const benchmark of benchmarks) byStatus[benchmark.status] += 1;

  const mandateDays = daysBetween(mandate.mandateStart, mandate.mandateEnd);
  const elapsed = clamp(daysBetween(mandate.mandateStart, today), 0, mandateDays);
  // Spent is disbursed: paid, net of reversals (approved but unpaid money is pending, not spent).
  const { allocated, disbursed } = totalOf(inputs.budgetLines, mandate.budgetCurrency);
  const next = nextReviewPoint(inputs.reviewPoints, today);

  return {
    today,
    mandate: {
      mandateStart: mandate.mandateStart,
      mandateEnd: mandate.mandateEnd,
      timeElapsedPercent: percent(elapsed, mandateDays) ?? 100,
      benchmarks: benchmarks.length,
      benchmarksAchieved: byStatus.achieved,
      benchmarksAchievedPercent: percent(byStatus.achieved, benchmarks.length),
      byStatus,
      budgetSpent: { allocated, disbursed, percent: percent(disbursed.amount, allocated.amount) },
    },
    benchmarks,
    nextReviewPoint: next ? { reviewPointId: next.reviewPointId, date: next.date, title: next.title } : null,
  };
}
