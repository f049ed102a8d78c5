import type { BudgetLineEvent } from '../../events/catalog';
import { add, type Money, subtract } from '../money';

/** A budget line: money allocated to a unit's activity in one cost category, and what has been charged. */
export type BudgetLine =
  | { readonly status: 'none' }
  | {
      readonly status: 'adopted';
      readonly lineId: string;
      readonly allocated: Money;
      readonly disbursed: Money;
    };

export const initialState: BudgetLine = { status: 'none' };

export const available = (line: Extract<BudgetLine, { status: 'adopted' }>): Money =>
  subtract(line.allocated, line.disbursed);

export function evolve(line: BudgetLine, event: BudgetLineEvent): BudgetLine {
  switch (event.type) {
    case 'BudgetLineAdopted':
      return {
        status: 'adopted',
        lineId: event.data.lineId,
        allocated: event.data.amount,
        disbursed: { amount: 0, currency: event.data.amount.currency },
      };
    case 'BudgetLineCharged':
      return line.status === 'adopted'
        ? { ...line, disbursed: add(line.disbursed, event.data.amount) }
        : line;
  }
}
