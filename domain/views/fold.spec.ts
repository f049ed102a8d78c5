import { describe, expect, it } from 'vitest';
import { lineAdopted, lineCharged, usd } from '../../test/support/builders';
import { storedStream } from '../../test/support/views';
import { type BudgetLineRow, budgetProjection } from './budget';
import { foldProjections, rowsOf } from './fold';

describe('folding projections in memory', () => {
  const events = [
    ...storedStream('p1#budget-line#B', [lineAdopted({ lineId: 'B' })]),
    ...storedStream('p1#budget-line#A', [
      lineAdopted({ lineId: 'A' }),
      lineCharged({ lineId: 'A', amount: usd(300_00) }),
    ]),
  ];

  it('applies each event to the row it names, as the projector does, and reads rows in key order', () => {
    const rows = rowsOf<BudgetLineRow>(foldProjections([budgetProjection], events), 'p1#budget');
    expect(rows.map((row) => [row.lineId, row.available.amount, row.version])).toEqual([
      ['A', 9_700_00, 2],
      ['B', 10_000_00, 1],
    ]);
  });

  it('gives the view as it stood when only the events recorded by then are folded', () => {
    const rows = rowsOf<BudgetLineRow>(foldProjections([budgetProjection], events.slice(0, 2)), 'p1#budget');
    expect(rows.map((row) => [row.lineId, row.available.amount])).toEqual([
      ['A', 10_000_00],
      ['B', 10_000_00],
    ]);
  });

  it('ignores streams of aggregates the projection does not follow', () => {
    const elsewhere = storedStream('p1#benchmark#A', [lineAdopted({ lineId: 'A' })]);
    expect(foldProjections([budgetProjection], elsewhere).size).toBe(0);
  });
});
