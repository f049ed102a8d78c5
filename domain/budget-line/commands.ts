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

/** By an approver, with a reason; a transfer between lines is two revisions with one transfer id. */
export interface ReviseBudgetLine extends Actor {
  readonly type: 'ReviseBudgetLine';
  readonly amount: Money;
  readonly reason: string;
  readonly transferId: string | null;
}

export interface CommitOnLine extends Actor {
  readonly type: 'CommitOnLine';
  readonly commitmentId: string;
  readonly amount: Money;
}

export interface ReleaseOnLine extends Actor {
  readonly type: 'ReleaseOnLine';
  readonly commitmentId: string;
  readonly amount: Money;
}

/** Raised by an approved disbursement; refused past available unless an override is recorded. */
export interface ChargeBudgetLine extends Actor {
  readonly type: 'ChargeBudgetLine';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly override?: { readonly reason: string; readonly by: string };
}

/** Raised by a reversal: the line gets back exactly what the disbursement charged. */
export interface CreditBudgetLine extends Actor {
  readonly type: 'CreditBudgetLine';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly reason: string;
}

export type BudgetLineCommand =
  | AdoptBudgetLine
  | ReviseBudgetLine
  | CommitOnLine
  | ReleaseOnLine
  | ChargeBudgetLine
  | CreditBudgetLine;
