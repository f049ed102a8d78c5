import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../events/envelope';
import { lineAdopted, lineCharged, usd } from '../../test/support/builders';
import { storedStream } from '../../test/support/views';
import { type BudgetLineRow, budgetProjection } from './budget';
import { type Folded, fold, foldProjections, rowsOf } from './fold';

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

describe('the fold', () => {
  const line = storedStream('p1#budget-line#A', [
    lineAdopted({ lineId: 'A' }),
    lineCharged({ lineId: 'A', amount: usd(100_00) }),
    lineCharged({ lineId: 'A', amount: usd(200_00) }),
  ]);
  const [v1, v2, v3] = line as [StoredEvent, StoredEvent, StoredEvent];
  const available = (folded: Folded) =>
    [...folded.rows.values()].map(({ row, revision }) => [(row as BudgetLineRow).available.amount, revision]);

  it('applies a stream in version order, an early version waiting for the ones before it', () => {
    const folded = fold([budgetProjection], [v3, v1, v2]);
    expect(available(folded)).toEqual([[9_700_00, 3]]);
    expect(folded.watermarks).toEqual([{ projection: 'budget', streamId: 'p1#budget-line#A', version: 3 }]);
    expect(folded.gaps.size).toBe(0);
  });

  it('skips a repeat, as the projector skips a redelivery', () => {
    expect(available(fold([budgetProjection], [v1, v2, v1, v2, v3]))).toEqual([[9_700_00, 3]]);
  });

  it('leaves a version after a gap unapplied, and names the version missing', () => {
    const folded = fold([budgetProjection], [v1, v3]);
    expect(available(folded)).toEqual([[10_000_00, 1]]);
    expect(folded.gaps).toEqual(new Map([['p1#budget-line#A', 2]]));
  });

  it('passes over an event it is told to: the stream moves on past it, no view applies it', () => {
    const folded = fold([budgetProjection], [v1, v2, v3], { passOver: (event) => event === v2 });
    expect(available(folded)).toEqual([[9_800_00, 2]]);
    expect(folded.gaps.size).toBe(0);
  });

  it('carries on from a watermark and the row as stored, counting the revision on from it', () => {
    const stored = fold([budgetProjection], [v1]).rows.values().next().value;
    const folded = fold([budgetProjection], [v1, v2, v3], {
      watermark: () => 1,
      row: () => stored && { row: stored.row, revision: stored.revision },
    });
    expect(available(folded)).toEqual([[9_700_00, 3]]);
  });

  it('asks the caller, when it knows them, which row an event changes', () => {
    const elsewhere = { pk: 'p1#budget', sk: 'line#elsewhere' };
    const folded = fold([budgetProjection], line, { rowOf: () => elsewhere });
    expect([...folded.rows.values()].map(({ key }) => key)).toEqual([elsewhere]);
  });
});
