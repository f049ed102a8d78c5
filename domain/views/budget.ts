import type { StoredEvent } from '../../events/envelope';
import type { CostCategory, Unit } from '../../events/schemas';
import { add, type Money, subtract } from '../money';
import type { Projection, RowKey } from './projection';

/** One line of the budget view: allocated after revisions, committed, disbursed, and what is left. */
export interface BudgetLineRow {
  readonly lineId: string;
  readonly unit: Unit;
  readonly activity: string;
  readonly costCategory: CostCategory;
  readonly allocated: Money;
  readonly committed: Money;
  /** Approved disbursements net of reversals, as charged to the line. */
  readonly disbursed: Money;
  readonly available: Money;
  /** The version of the line's stream these figures include, so a reader can tell how current they are. */
  readonly version: number;
}

export const budgetKey = (processId: string): string => `${processId}#budget`;

const withAvailable = (
  row: Omit<BudgetLineRow, 'available' | 'version'>,
  event: StoredEvent,
): BudgetLineRow => ({
  ...row,
  available: subtract(subtract(row.allocated, row.committed), row.disbursed),
  version: event.version,
});

export const budgetProjection: Projection<BudgetLineRow> = {
  name: 'budget',
  aggregates: ['budget-line'],
  rowOf(event): RowKey | undefined {
    if (!event.type.startsWith('BudgetLine')) return undefined;
    return {
      pk: budgetKey(event.metadata.processId),
      sk: `line#${(event.data as { lineId: string }).lineId}`,
    };
  },
  apply(row, event: StoredEvent) {
    if (event.type === 'BudgetLineAdopted') {
      const { lineId, unit, activity, costCategory, amount } = event.data;
      const none = { amount: 0, currency: amount.currency };
      return withAvailable(
        {
          lineId,
          unit,
          activity,
          costCategory,
          allocated: amount,
          committed: none,
          disbursed: none,
        },
        event,
      );
    }
    if (!row) throw new Error(`${event.type} on ${event.streamId} before the line was adopted`);
    switch (event.type) {
      case 'BudgetLineRevised':
        return withAvailable({ ...row, allocated: event.data.amount }, event);
      case 'BudgetLineCommitted':
        return withAvailable({ ...row, committed: add(row.committed, event.data.amount) }, event);
      case 'BudgetLineCommitmentReleased':
        return withAvailable({ ...row, committed: subtract(row.committed, event.data.amount) }, event);
      case 'BudgetLineCharged':
        return withAvailable({ ...row, disbursed: add(row.disbursed, event.data.amount) }, event);
      case 'BudgetLineCredited':
        return withAvailable({ ...row, disbursed: subtract(row.disbursed, event.data.amount) }, event);
      default:
        throw new Error(`the budget view does not apply ${event.type}`);
    }
  },
};

export interface BudgetTotal {
  readonly allocated: Money;
  readonly committed: Money;
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
            committed: add(sum.committed, row.committed),
            disbursed: add(sum.disbursed, row.disbursed),
            available: add(sum.available, row.available),
          }
        : {
            allocated: row.allocated,
            committed: row.committed,
            disbursed: row.disbursed,
            available: row.available,
          },
    );
  }
  return [...byCurrency.values()];
}
