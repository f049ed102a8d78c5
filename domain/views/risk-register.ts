import type { AssessmentKind, RiskRating } from '../../events/catalog/risk';
import { overdueDueDates } from '../contribution/reporting-calendar';
import { currentAssessment, type HeatMap, heatMap } from '../risk/heat-map';
import type { Mitigation } from '../risk/risk';
import { type BenchmarkRow, standingOf } from './benchmarks';
import type { BudgetLineRow } from './budget';
import { budgetForecast } from './budget-forecast';
import {
  benchmarkOffTrack,
  type DerivedRisk,
  donorReportOverdue,
  runsOutBeforeMandateEnd,
} from './derived-risks';
import { independenceOverThreshold, secretariatHeadVacant } from './derived-staffing-risks';
import { type DonorContributionRow, lastPeriodEndOf } from './donor/contributions';
import type { FundingSourceRow } from './funding-sources';
import type { MandateRow } from './mandate';
import type { PostRow } from './posts';
import type { RateRow } from './rates';
import type { RiskRow } from './risks';
import type { StaffRow } from './staffing';
import { independenceOf, rosterOn } from './staffing-view';

/** A risk as the register shows it on the day asked: its current score and what is overdue. */
export type RegisterEntry = Omit<RiskRow, 'mitigations' | 'nextReviewOn' | 'version'> & {
  /** Which assessment score and rating come from: residual when assessed, else inherent. */
  readonly basis: AssessmentKind | null;
  readonly score: number | null;
  readonly rating: RiskRating | null;
  readonly mitigations: readonly (Mitigation & { readonly overdue: boolean })[];
  readonly overdueMitigations: number;
  readonly nextReview: { readonly on: string; readonly overdue: boolean } | null;
};

export interface RiskRegister {
  readonly today: string;
  readonly risks: readonly RegisterEntry[];
  readonly derivedRisks: readonly DerivedRisk[];
  /** Of the open risks typed into the register; derived risks have a rating but no likelihood or impact. */
  readonly heatMap: HeatMap;
}

/**
 * Overdue means past its date on a day after it: a mitigation due yesterday and not completed, a
 * review that should have happened yesterday. A closed risk has nothing overdue.
 */
function registerEntry(row: RiskRow, today: string): RegisterEntry {
  const { mitigations, nextReviewOn, version: _, ...risk } = row;
  const open = row.status === 'open';
  const current = currentAssessment(row);
  const flagged = mitigations.map((m) => ({
    ...m,
    overdue: open && m.status === 'planned' && m.dueDate < today,
  }));
  return {
    ...risk,
    basis: current?.basis ?? null,
    score: current?.score ?? null,
    rating: current?.rating ?? null,
    mitigations: flagged,
    overdueMitigations: flagged.filter((m) => m.overdue).length,
    nextReview:
      nextReviewOn === undefined ? null : { on: nextReviewOn, overdue: open && nextReviewOn < today },
  };
}

/** What the register reads: its own rows, and the rows the budget, donor and staffing views are made of. */
export interface RiskRegisterInputs {
  readonly risks: readonly RiskRow[];
  readonly benchmarks: readonly BenchmarkRow[];
  readonly headPost: PostRow | undefined;
  readonly mandate: MandateRow;
  readonly lines: readonly BudgetLineRow[];
  readonly sources: readonly FundingSourceRow[];
  readonly staff: readonly StaffRow[];
  readonly rates: readonly RateRow[];
  readonly contributions: readonly DonorContributionRow[];
  readonly today: string;
}

/**
 * The risks the data raises today, each computed by the same pure function as the view that shows its
 * numbers, so the register never disagrees with them: the budget forecast (`GET /budget/forecast`),
 * the donor reporting calendar (`GET /donors/{donorId}`), the staffing view's independence indicator
 * (`GET /staffing`), the dashboard's benchmark status and the Head's post.
 */
function derivedRisksOf(inputs: RiskRegisterInputs): DerivedRisk[] {
  const { today, mandate, lines, sources, staff, rates } = inputs;
  const { mandateEnd } = mandate;
  const forecast = budgetForecast({ today, mandate, lines, sources, staff, rates });
  const independence = independenceOf(rosterOn(staff, today), mandate.independenceThresholdPercent);
  const reportsOverdue = inputs.contributions
    .flatMap(({ donorId, contributionId, ...row }) =>
      overdueDueDates(row, lastPeriodEndOf(row), today).map((reportDue) => ({
        donorId,
        contributionId,
        reportDue,
        today,
      })),
    )
    .sort(
      (a, b) => a.reportDue.localeCompare(b.reportDue) || a.contributionId.localeCompare(b.contributionId),
    );
  return [
    ...inputs.benchmarks.flatMap((row) => benchmarkOffTrack(standingOf(row, today))),
    // With no line adopted there is no budget to run out, only one to adopt.
    ...(lines.length === 0
      ? []
      : runsOutBeforeMandateEnd({ budget: 'overall', ...forecast.overall, mandateEnd })),
    ...forecast.lines.flatMap((line) => runsOutBeforeMandateEnd({ ...line, mandateEnd })),
    ...forecast.sources.flatMap((source) => runsOutBeforeMandateEnd({ ...source, mandateEnd })),
    ...reportsOverdue.flatMap(donorReportOverdue),
    ...independenceOverThreshold(independence),
    ...secretariatHeadVacant({ today, ...(inputs.headPost ? { post: inputs.headPost } : {}) }),
  ];
}

/** The register: typed risks (open first, highest score first), the risks the data raises today, and the heat map of the open ones. */
export function riskRegisterOf(inputs: RiskRegisterInputs): RiskRegister {
  const { today } = inputs;
  const risks = inputs.risks
    .map((row) => registerEntry(row, today))
    .sort(
      (a, b) =>
        Number(b.status === 'open') - Number(a.status === 'open') ||
        (b.score ?? 0) - (a.score ?? 0) ||
        a.riskId.localeCompare(b.riskId),
    );
  return {
    today,
    risks,
    derivedRisks: derivedRisksOf(inputs),
    heatMap: heatMap(inputs.risks.filter((row) => row.status === 'open')),
  };
}
