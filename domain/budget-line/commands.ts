import type { CostCategory, Unit } from '../../events/schemas';
import type { Actor } from '../decider';
import type { Money } from '../money';

export interface AdoptBudgetLine extends Actor {
  readonly type: 'AdoptBudgetLine';
  readonly lineId: string;
  readonly unit: Unit;
  readonly activity: string;
  readonly costCategory: CostCategory;
  readonly amount: Money;
}

/** Raised by an approved disbursement; the line refuses it when it would go below zero available. */
export interface ChargeBudgetLine extends Actor {
  readonly type: 'ChargeBudgetLine';
  readonly disbursementId: string;
  readonly amount: Money;
}

export type BudgetLineCommand = AdoptBudgetLine | ChargeBudgetLine;
