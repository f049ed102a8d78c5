import type { BudgetLineEvent } from '../../events/catalog';
import type { CostCategory, Unit } from '../../events/schemas';
import { add, type Money, subtract, zero } from '../money';

/**
 * A budget line: money allocated to a unit's activity in one cost category (in the budget currency),
 * what commitments reserve on it and what approved disbursements have charged to it.
 */
export type BudgetLine =
  | { readonly status: 'none' }
  | {
      readonly status: 'adopted';
      readonly lineId: string;
      readonly unit: Unit;
      readonly costCategory: CostCategory;
      readonly allocated: Money;
      readonly committed: Money;
      /** Approved disbursements, paid or not, net of reversals. */
      readonly charged: Money;
    };

export type AdoptedLine = Extract<BudgetLine, { status: 'adopted' }>;

export const initialState: BudgetLine = { status: 'none' };

/** DOMAIN.md: available = allocated − committed − charged; approved money counts, paid or not. */
export const available = (line: AdoptedLine): Money =>
  subtract(subtract(line.allocated, line.committed), line.charged);

/** A revision may never take a line below what is already committed plus spent. */
export const revisionFloor = (line: AdoptedLine): Money => add(line.committed, line.charged);

export function evolve(line: BudgetLine, event: BudgetLineEvent): BudgetLine {
  if (event.type === 'BudgetLineAdopted') {
    const { lineId, unit, costCategory, amount } = event.data;
    const none = zero(amount.currency);
    return {
      status: 'adopted',
      lineId,
      unit,
      costCategory,
      allocated: amount,
      committed: none,
      charged: none,
    };
  }
  if (line.status !== 'adopted') return line;
  switch (event.type) {
    case 'BudgetLineRevised':
      return { ...line, allocated: event.data.amount };
    case 'BudgetLineCommitted':
      return { ...line, committed: add(line.committed, event.data.amount) };
    case 'BudgetLineCommitmentReleased':
      return { ...line, committed: subtract(line.committed, event.data.amount) };
    case 'BudgetLineCharged':
      return { ...line, charged: add(line.charged, event.data.amount) };
    case 'BudgetLineCredited':
      return { ...line, charged: subtract(line.charged, event.data.amount) };
  }
}
