import type { UnitDefinition } from '../../events/catalog/process';
import { type CostCategory, costCategorySchema, pillarSchema, type Unit } from '../../events/schemas';
import { type Money, saturatingAdd, zero } from '../money';
import type { BudgetLineRow } from './budget';
import type { FundingSourceRow } from './funding-sources';
import { combined, type MonthSpend, monthsOf } from './spending';

/**
 * The columns a finance officer adds up, in the budget currency. For every line, unit, category and
 * in total: allocated = committed + approvedNotPaid + disbursed + available, and
 * pending = requested + approvedNotPaid (requests not yet approved take nothing from available).
 */
export interface BudgetColumns {
  readonly allocated: Money;
  readonly committed: Money;
  readonly requested: Money;
  readonly approvedNotPaid: Money;
  readonly pending: Money;
  readonly disbursed: Money;
  readonly available: Money;
}

const columnNames = [
  'allocated',
  'committed',
  'requested',
  'approvedNotPaid',
  'pending',
  'disbursed',
  'available',
] as const;

const columnsOf = (row: BudgetColumns): BudgetColumns =>
  Object.fromEntries(columnNames.map((name) => [name, row[name]])) as unknown as BudgetColumns;

const sumOf = <K extends string>(names: readonly K[], rows: readonly Record<K, Money>[], currency: string) =>
  Object.fromEntries(
    names.map((name) => [name, rows.reduce((sum, row) => saturatingAdd(sum, row[name]), zero(currency))]),
  ) as Record<K, Money>;

export const totalOf = (rows: readonly BudgetColumns[], currency: string): BudgetColumns =>
  sumOf(columnNames, rows, currency);

export interface BudgetLineView extends BudgetColumns {
  readonly lineId: string;
  readonly unit: Unit | null;
  readonly activity: string | null;
  readonly costCategory: CostCategory | null;
  readonly version: number;
}

export const lineView = (row: BudgetLineRow): BudgetLineView => ({
  lineId: row.lineId,
  unit: row.unit,
  activity: row.activity,
  costCategory: row.costCategory,
  ...columnsOf(row),
  version: row.version,
});

/**
 * Lines grouped by a key, every key listed (zero when it has no line) so that the groups always
 * add up to the totals. A line whose adoption has not reached the view yet groups under null.
 */
function groupedBy<K extends string>(
  lines: readonly BudgetLineRow[],
  keys: readonly K[],
  keyOf: (line: BudgetLineRow) => K | null,
  currency: string,
) {
  const present = lines.some((line) => keyOf(line) === null) ? [...keys, null] : keys;
  return present.map((key) => {
    const members = lines.filter((line) => keyOf(line) === key);
    return { key, lines: members.length, ...totalOf(members, currency) };
  });
}

/** Each of the process's units, in the order it organised them, with its name, pillar and parent. */
export function byUnit(lines: readonly BudgetLineRow[], units: readonly UnitDefinition[], currency: string) {
  const named = new Map(units.map((unit) => [unit.unit, unit]));
  const keys = units.map(({ unit }) => unit);
  return groupedBy(lines, keys, (line) => line.unit, currency).map(({ key, ...group }) => {
    const unit = key === null ? undefined : named.get(key);
    return {
      unit: key,
      name: unit?.name ?? null,
      pillar: unit?.pillar ?? null,
      parent: unit?.parent ?? null,
      ...group,
    };
  });
}

/** The units rolled up by the pillar each belongs to: every pillar listed, so they add up to the totals. */
export function byPillar(
  lines: readonly BudgetLineRow[],
  units: readonly UnitDefinition[],
  currency: string,
) {
  const pillarOf = new Map(units.map(({ unit, pillar }) => [unit, pillar]));
  return groupedBy(
    lines,
    pillarSchema.options,
    (line) => (line.unit === null ? null : (pillarOf.get(line.unit) ?? null)),
    currency,
  ).map(({ key, ...group }) => ({ pillar: key, ...group }));
}

export const byCategory = (lines: readonly BudgetLineRow[], currency: string) =>
  groupedBy(lines, costCategorySchema.options, (line) => line.costCategory, currency).map(
    ({ key, ...group }) => ({ costCategory: key, ...group }),
  );

/** A source's columns: `deposited` (received, converted at the tranches' rates) stands where a line has `allocated`. */
const sourceColumns = [
  'deposited',
  'committed',
  'requested',
  'approvedNotPaid',
  'pending',
  'disbursed',
  'available',
] as const;

export function bySource(sources: readonly FundingSourceRow[], currency: string) {
  return {
    sources: sources.map(({ charged: _, spending: __, ...source }) => source),
    totals: sumOf(sourceColumns, sources, currency),
  };
}

export interface Monthly {
  readonly overall: readonly MonthSpend[];
  readonly lines: readonly { readonly lineId: string; readonly months: readonly MonthSpend[] }[];
  readonly sources: readonly { readonly fundingSourceId: string; readonly months: readonly MonthSpend[] }[];
}

/** Spend by month of payment, net of reversals in the month they were recorded. Overall is every line's. */
export const monthly = (lines: readonly BudgetLineRow[], sources: readonly FundingSourceRow[]): Monthly => ({
  overall: monthsOf(combined(lines.map((line) => line.spending))),
  lines: lines.map((line) => ({ lineId: line.lineId, months: monthsOf(line.spending) })),
  sources: sources.map((source) => ({
    fundingSourceId: source.fundingSourceId,
    months: monthsOf(source.spending),
  })),
});
