import type { AssessmentKind } from '../../events/catalog/risk';
import { type Rated, rate } from './rating';
import type { Assessment } from './risk';

/** What a risk's place on the matrix is read from: what is left after mitigations, once assessed. */
export const HEAT_MAP_BASIS = 'residual when assessed, else inherent';

export interface Assessed {
  readonly inherent?: Assessment;
  readonly residual?: Assessment;
}

export function currentAssessment(risk: Assessed): (Assessment & { basis: AssessmentKind }) | undefined {
  if (risk.residual) return { ...risk.residual, basis: 'residual' };
  if (risk.inherent) return { ...risk.inherent, basis: 'inherent' };
  return undefined;
}

export interface HeatMapCell extends Rated {
  readonly likelihood: number;
  readonly impact: number;
  readonly count: number;
}

export interface HeatMap {
  readonly basis: typeof HEAT_MAP_BASIS;
  /** All 25 cells, likelihood 5 down to 1, impact 1 up to 5 within each: the matrix as it is drawn. */
  readonly cells: readonly HeatMapCell[];
  /** Risks with no assessment yet: they have no cell. */
  readonly unassessed: number;
}

/** The 5×5 matrix of how many risks sit at each likelihood and impact. */
export function heatMap(risks: readonly Assessed[]): HeatMap {
  const counts = new Map<string, number>();
  let unassessed = 0;
  for (const risk of risks) {
    const current = currentAssessment(risk);
    if (!current) unassessed += 1;
    else {
      const cell = `${current.likelihood}x${current.impact}`;
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
    }
  }
  const cells: HeatMapCell[] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood -= 1)
    for (let impact = 1; impact <= 5; impact += 1)
      cells.push({
        likelihood,
        impact,
        ...rate(likelihood, impact),
        count: counts.get(`${likelihood}x${impact}`) ?? 0,
      });
  return { basis: HEAT_MAP_BASIS, cells, unassessed };
}
