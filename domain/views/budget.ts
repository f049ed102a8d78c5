import type { BudgetLineEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import type { CostCategory, Unit } from '../../events/schemas';
import { movedFigures } from '../budget-line/budget-line';
import { type Money, saturatingAdd, zero } from '../money';
import {
  applyDisbursement,
  chargedTo,
  type DisbursementFigures,
  isDisbursementEvent,
  withSpendingColumns,
} from './disbursement-flow';
import type { Projection, RowKey } from './projection';

/**
 * One line of the budget, in the budget currency. Its own stream gives what is allocated, committed
 * and charged (approved, paid or not, net of reversals: what the line's spending control counts);
 * the disbursement streams give what waits for approval and what was actually paid.
 */
export interface BudgetLineRow extends DisbursementFigures {
  readonly lineId: string;
  /** Null only while the line's adoption has not reached the view yet (streams arrive in any order). */
  readonly unit: Unit | null;
  readonly activity: string | null;
  readonly costCategory: CostCategory | null;
  /** As adopted, then as last revised. */
  readonly allocated: Money;
  readonly committed: Money;
  readonly charged: Money;
  /** charged − disbursed: approved, not paid yet. */
  readonly approvedNotPaid: Money;
  /** requested + approvedNotPaid. */
  readonly pending: Money;
  /** allocated − committed − charged, i.e. − approvedNotPaid − disbursed: approved money is no longer available. */
  readonly available: Money;
  /** The version of the line's own stream these figures include. */
  readonly version: number;
}

export const budgetPartition = (processId: string): string => `${processId}#budget`;

const emptyLine = (lineId: string, currency: string): BudgetLineRow => ({
  lineId,
  unit: null,
  activity: null,
  costCategory: null,
  allocated: zero(currency),
  committed: zero(currency),
  charged: zero(currency),
  requested: zero(currency),
  disbursed: zero(currency),
  spending: {},
  approvedNotPaid: zero(currency),
  pending: zero(currency),
  available: zero(currency),
  version: 0,
});

const withFigures = (row: BudgetLineRow): BudgetLineRow => withSpendingColumns(row, row.allocated);

const isLineEvent = (event: StoredEvent): event is StoredEvent<BudgetLineEvent> =>
  event.type.startsWith('BudgetLine');

const lineIdOf = (event: StoredEvent): string | undefined => {
  if (isLineEvent(event)) return event.data.lineId;
  if (isDisbursementEvent(event)) return chargedTo(event, 'lineId')?.id;
  return undefined;
};

function applyLineEvent(row: BudgetLineRow, event: StoredEvent<BudgetLineEvent>): BudgetLineRow {
  const moved = { ...movedFigures(row, event), version: event.version };
  switch (event.type) {
    case 'BudgetLineAdopted': {
      const { unit, activity, costCategory } = event.data;
      return { ...moved, unit, activity, costCategory };
    }
    case 'BudgetLineOpeningBalance':
      // Paid before the as-of date: disbursed, but in no month's spending, so no burn rate counts it.
      return { ...moved, disbursed: saturatingAdd(moved.disbursed, event.data.spent) };
    default:
      return moved;
  }
}

/** A line's currency, the budget's, from the first of its events to reach the view. */
const lineCurrencyOf = (event: StoredEvent<BudgetLineEvent>): string =>
  event.type === 'BudgetLineOpeningBalance' ? event.data.spent.currency : event.data.amount.currency;

export const budgetProjection: Projection<BudgetLineRow> = {
  name: 'budget',
  aggregates: ['budget-line', 'disbursement'],
  rowOf(event): RowKey | undefined {
    const lineId = lineIdOf(event);
    return lineId === undefined
      ? undefined
      : { pk: budgetPartition(event.metadata.processId), sk: `line#${lineId}` };
  },
  apply(row, event) {
    if (isLineEvent(event)) {
      const current = row ?? emptyLine(event.data.lineId, lineCurrencyOf(event));
      return withFigures(applyLineEvent(current, event));
    }
    if (isDisbursementEvent(event)) {
      const charged = chargedTo(event, 'lineId');
      if (!charged) throw new Error(`${event.type} on ${event.streamId} names no budget line`);
      const current = row ?? emptyLine(charged.id, charged.budgetAmount.currency);
      return withFigures({ ...current, ...applyDisbursement(current, event, charged.budgetAmount) });
    }
    throw new Error(`the budget view does not apply ${event.type}`);
  },
};
