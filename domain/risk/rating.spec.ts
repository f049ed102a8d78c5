import { describe, expect, it } from 'vitest';
import { rate } from './rating';

describe('the risk rating (docs/rules.md, 5×5)', () => {
  it.each([
    [1, 1, 1, 'low'],
    [2, 2, 4, 'low'],
    [1, 5, 5, 'medium'],
    [3, 3, 9, 'medium'],
    [2, 5, 10, 'high'],
    [4, 4, 16, 'high'],
    [4, 5, 20, 'critical'],
    [5, 5, 25, 'critical'],
  ])('rates likelihood %i × impact %i as %i, %s', (likelihood, impact, score, rating) => {
    expect(rate(likelihood, impact)).toEqual({ score, rating });
  });

  it('rates every cell of the matrix inside the band its score falls in', () => {
    const bands = { low: [1, 4], medium: [5, 9], high: [10, 16], critical: [20, 25] } as const;
    for (let likelihood = 1; likelihood <= 5; likelihood++)
      for (let impact = 1; impact <= 5; impact++) {
        const { score, rating } = rate(likelihood, impact);
        expect(score).toBe(likelihood * impact);
        const [low, high] = bands[rating];
        expect(score).toBeGreaterThanOrEqual(low);
        expect(score).toBeLessThanOrEqual(high);
      }
  });

  it.each([
    [0, 3],
    [6, 1],
    [2.5, 2],
  ])('has no rating for likelihood %s and impact %s, outside the scale', (likelihood, impact) => {
    expect(() => rate(likelihood, impact)).toThrow(RangeError);
  });
});
