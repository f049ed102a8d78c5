import type { AssessmentKind, RiskRating } from '../../events/catalog/risks';
import { benchmarkOffTrack, type DerivedRisk, secretariatHeadVacant } from '../risk/derived-risks';
import { currentAssessment, type HeatMap, heatMap } from '../risk/heat-map';
import type { Mitigation } from '../risk/risk';
import { type BenchmarkRow, standingOf } from './benchmarks';
import type { PostRow } from './posts';
import type { RiskRow } from './risks';

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
export function registerEntry(row: RiskRow, today: string): RegisterEntry {
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

/**
 * The register: typed risks (open first, highest score first), the risks the data raises today,
 * and the heat map of the open ones. Derived risks that need other views (budget forecast, donor
 * reporting calendar, staffing independence) are wired in where those views are served.
 */
export function riskRegisterOf(inputs: {
  readonly risks: readonly RiskRow[];
  readonly benchmarks: readonly BenchmarkRow[];
  readonly headPost: PostRow | undefined;
  readonly today: string;
}): RiskRegister {
  const { today } = inputs;
  const risks = inputs.risks
    .map((row) => registerEntry(row, today))
    .sort(
      (a, b) =>
        Number(b.status === 'open') - Number(a.status === 'open') ||
        (b.score ?? 0) - (a.score ?? 0) ||
        a.riskId.localeCompare(b.riskId),
    );
  const derivedRisks = [
    ...inputs.benchmarks.flatMap((row) => benchmarkOffTrack(standingOf(row, today))),
    ...secretariatHeadVacant({ today, ...(inputs.headPost ? { post: inputs.headPost } : {}) }),
  ];
  return {
    today,
    risks,
    derivedRisks,
    heatMap: heatMap(inputs.risks.filter((row) => row.status === 'open')),
  };
}
