import type { RiskRating } from '../../events/catalog/risk';

export interface Rated {
  readonly score: number;
  readonly rating: RiskRating;
}

/**
 * Risk rating, the default 5×5 matrix of docs/rules.md: score = likelihood × impact, each 1 to 5;
 * low 1–4, medium 5–9, high 10–16, critical 20–25 (no product of two such numbers is 17 to 19).
 */
export function rate(likelihood: number, impact: number): Rated {
  for (const side of [likelihood, impact])
    if (!Number.isInteger(side) || side < 1 || side > 5)
      throw new RangeError(`likelihood and impact are whole numbers from 1 to 5, not ${side}`);
  const score = likelihood * impact;
  if (score <= 4) return { score, rating: 'low' };
  if (score <= 9) return { score, rating: 'medium' };
  if (score <= 16) return { score, rating: 'high' };
  return { score, rating: 'critical' };
}
