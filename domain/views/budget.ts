import type { CostCategory, Unit } from '../../events/schemas';
import { add, type Money, subtract } from '../money';
import type { Projection, RowKey } from './projection';

/** One line of the budget view: what was allocated, what has been disbursed, what is left. */
export interface BudgetLineRow {
  readonly lineId: string;
  readonly unit: Unit;
  readonly activity: string;
  readonly costCategory: CostCategory;
  readonly allocated: Money;
  readonly disbursed: Money;
  readonly available: Money;
}

export const budgetKey = (processId: string): string => `${processId}#budget`;

export const budgetProjection: Projection<BudgetLineRow> = {
  name: 'budget',
  aggregates: ['budget-line'],
  rowOf(event): RowKey | undefined {
    if (event.type !== 'BudgetLineAdopted' && event.type !== 'BudgetLineCharged') return undefined;
    return { pk: budgetKey(event.metadata.processId), sk: `line#${event.data.lineId}` };
  },
  apply(row, event) {
    switch (event.type) {
      case 'BudgetLineAdopted': {
        const { lineId, unit, activity, costCategory, amount } = event.data;
        return {
          lineId,
          unit,
          activity,
          costCategory,
          allocated: amount,
          disbursed: { amount: 0, currency: amount.currency },
          available: amount,
        };
      }
      case 'BudgetLineCharged': {
        if (!row) throw new Error(`budget line ${event.data.lineId} charged before it was adopted`);
        const disbursed = add(row.disbursed, event.data.amount);
        return { ...row, disbursed, available: subtract(row.allocated, disbursed) };
      }
      default:
        throw new Error(`the budget view does not apply ${event.type}`);
    }
  },
};

export interface BudgetTotal {
  readonly allocated: Money;
  readonly disbursed: Money;
  readonly available: Money;
}

/** Totals across lines, one per currency, so no amounts of different currencies are ever summed. */
export function totals(rows: readonly BudgetLineRow[]): BudgetTotal[] {
  const byCurrency = new Map<string, BudgetTotal>();
  for (const row of rows) {
    const sum = byCurrency.get(row.allocated.currency);
    byCurrency.set(
      row.allocated.currency,
      sum
        ? {
            allocated: add(sum.allocated, row.allocated),
            disbursed: add(sum.disbursed, row.disbursed),
            available: add(sum.available, row.available),
          }
        : { allocated: row.allocated, disbursed: row.disbursed, available: row.available },
    );
  }
  return [...byCurrency.values()];
}
