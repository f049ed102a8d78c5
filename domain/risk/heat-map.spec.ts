import { describe, expect, it } from 'vitest';
import { heatMap } from './heat-map';
import { rate } from './rating';

const at = (likelihood: number, impact: number) => ({ likelihood, impact, ...rate(likelihood, impact) });
const countAt = (map: ReturnType<typeof heatMap>, likelihood: number, impact: number) =>
  map.cells.find((cell) => cell.likelihood === likelihood && cell.impact === impact)?.count;

describe('the risk heat map', () => {
  it('places a risk by its residual assessment once it has one, else by its inherent one', () => {
    const map = heatMap([
      { inherent: at(4, 5), residual: at(2, 3) },
      { inherent: at(4, 5) },
      { inherent: at(1, 1), residual: at(2, 3) },
      {},
    ]);
    expect(map.basis).toBe('residual when assessed, else inherent');
    expect(countAt(map, 2, 3)).toBe(2);
    expect(countAt(map, 4, 5)).toBe(1);
    expect(countAt(map, 1, 1)).toBe(0);
    expect(map.unassessed).toBe(1);
    // 4 risks: 3 on the map and 1 unassessed
    expect(map.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });

  it('draws all 25 cells, likelihood 5 at the top, each with the score and rating of the rule', () => {
    const { cells } = heatMap([]);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toEqual({ likelihood: 5, impact: 1, score: 5, rating: 'medium', count: 0 });
    expect(cells[4]).toEqual({ likelihood: 5, impact: 5, score: 25, rating: 'critical', count: 0 });
    expect(cells[24]).toEqual({ likelihood: 1, impact: 5, score: 5, rating: 'medium', count: 0 });
  });
});
