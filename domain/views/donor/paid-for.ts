import type { CostCategory, Unit } from '../../../events/schemas';
import { type Money, saturatingAdd, saturatingSubtract, zero } from '../../money';
import type { SourceLineSpendingRow } from './spending';

/** What the budget view knows of a line; null fields when the line is not (yet) in it. */
export interface LineInfo {
  readonly unit: Unit;
  readonly activity: string;
  readonly costCategory: CostCategory;
}

/** Paid, reversed and net in the budget currency, for a line, a unit or a cost category. */
export interface Spending {
  readonly paid: Money;
  readonly reversed: Money;
  readonly net: Money;
}

export const sum = (amounts: readonly Money[], currency: string): Money =>
  amounts.reduce((total, amount) => saturatingAdd(total, amount), zero(currency));

export const spendingOf = (rows: readonly SourceLineSpendingRow[], currency: string): Spending => {
  const paid = sum(
    rows.map((r) => r.paid),
    currency,
  );
  const reversed = sum(
    rows.map((r) => r.reversed),
    currency,
  );
  return { paid, reversed, net: saturatingSubtract(paid, reversed) };
};

function groupBy<K extends string>(
  rows: readonly SourceLineSpendingRow[],
  keyOf: (row: SourceLineSpendingRow) => K,
): Map<K, SourceLineSpendingRow[]> {
  const groups = new Map<K, SourceLineSpendingRow[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

export const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/** What a donor's money paid for, net of reversals: overall, by budget line, by unit and by cost category. */
export function paidFor(
  spending: readonly SourceLineSpendingRow[],
  lines: ReadonlyMap<string, LineInfo>,
  budgetCurrency: string,
) {
  const line = (lineId: string) => lines.get(lineId);
  return {
    total: spendingOf(spending, budgetCurrency),
    byLine: [...groupBy(spending, (s) => s.lineId)]
      .map(([lineId, rows]) => ({
        lineId,
        unit: line(lineId)?.unit ?? null,
        activity: line(lineId)?.activity ?? null,
        costCategory: line(lineId)?.costCategory ?? null,
        ...spendingOf(rows, budgetCurrency),
        payments: rows.reduce((n, r) => n + r.payments, 0),
        reversals: rows.reduce((n, r) => n + r.reversals, 0),
      }))
      .sort(byKey((l) => l.lineId)),
    byUnit: [...groupBy(spending, (s) => line(s.lineId)?.unit ?? 'unknown')]
      .map(([unit, rows]) => ({ unit, ...spendingOf(rows, budgetCurrency) }))
      .sort(byKey((u) => u.unit)),
    byCostCategory: [...groupBy(spending, (s) => line(s.lineId)?.costCategory ?? 'unknown')]
      .map(([costCategory, rows]) => ({ costCategory, ...spendingOf(rows, budgetCurrency) }))
      .sort(byKey((c) => c.costCategory)),
  };
}
