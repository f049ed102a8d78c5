import type { BudgetLineEvent } from '../../events/catalog';
import type { CostCategory, Unit } from '../../events/schemas';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import type { Money } from '../money';
import { lessThan } from '../money';
import {
  type AdoptedLine,
  available,
  type BudgetLine,
  evolve,
  initialState,
  revisionFloor,
} from './budget-line';

export type BudgetLineCommand =
  | AdoptBudgetLine
  | ReviseBudgetLine
  | CommitOnLine
  | ReleaseOnLine
  | ChargeBudgetLine
  | CreditBudgetLine;

export function decide(command: BudgetLineCommand, line: BudgetLine): BudgetLineEvent[] {
  switch (command.type) {
    case 'AdoptBudgetLine':
      return adopt(command, line);
    case 'ReviseBudgetLine':
      return revise(command, line);
    case 'CommitOnLine':
      return commit(command, line);
    case 'ReleaseOnLine':
      return release(command, line);
    case 'ChargeBudgetLine':
      return charge(command, line);
    case 'CreditBudgetLine':
      return credit(command, line);
    default:
      return assertNever(command);
  }
}

/** By an approver (`by`), from a finance officer's draft or, with no draft, as their own act. */
export interface AdoptBudgetLine extends Actor {
  readonly type: 'AdoptBudgetLine';
  readonly lineId: string;
  readonly unit: Unit;
  readonly activity: string;
  readonly costCategory: CostCategory;
  readonly amount: Money;
  readonly draftId: string | null;
  readonly preparedBy: string;
  /** The value date: the day the approver adopted it. */
  readonly adoptedOn: string;
}

export function adopt(command: Input<AdoptBudgetLine>, line: BudgetLine): BudgetLineEvent[] {
  if (line.status !== 'none') return refuse('budget-line-already-adopted', { lineId: command.lineId });
  const { lineId, unit, activity, costCategory, amount, draftId, preparedBy, adoptedOn, by, at } = command;
  const data = {
    lineId,
    unit,
    activity,
    costCategory,
    amount,
    draftId,
    preparedBy,
    approvedBy: by,
    adoptedOn,
    adoptedAt: at,
  };
  return [{ type: 'BudgetLineAdopted', data }];
}

/** By an approver, with a reason; a transfer between lines is two revisions with one transfer id. */
export interface ReviseBudgetLine extends Actor {
  readonly type: 'ReviseBudgetLine';
  readonly amount: Money;
  readonly reason: string;
  readonly transferId: string | null;
  /** The value date: the day the approver revised it. */
  readonly revisedOn: string;
}

export function revise(command: Input<ReviseBudgetLine>, line: BudgetLine): BudgetLineEvent[] {
  const open = chargeable(line, command.amount.currency);
  const floor = revisionFloor(open);
  if (lessThan(command.amount, floor))
    return refuse('revision-below-committed-and-spent', {
      lineId: open.lineId,
      floor,
      asked: command.amount,
    });
  const { amount, reason, transferId, revisedOn, by, at } = command;
  // Revised once adopted (ISO dates compare correctly as strings).
  if (revisedOn < open.adoptedOn)
    return refuse('revision-before-adoption', { lineId: open.lineId, adoptedOn: open.adoptedOn, revisedOn });
  const data = {
    lineId: open.lineId,
    previous: open.allocated,
    amount,
    reason,
    transferId,
    approvedBy: by,
    revisedOn,
    revisedAt: at,
  };
  return [{ type: 'BudgetLineRevised', data }];
}

export interface CommitOnLine extends Actor {
  readonly type: 'CommitOnLine';
  readonly commitmentId: string;
  readonly amount: Money;
}

/** Reserves for a commitment, up to what is available. */
export function commit(command: Input<CommitOnLine>, line: BudgetLine): BudgetLineEvent[] {
  const open = withFunds(line, command.amount);
  const data = {
    lineId: open.lineId,
    commitmentId: command.commitmentId,
    amount: command.amount,
    committedAt: command.at,
  };
  return [{ type: 'BudgetLineCommitted', data }];
}

export interface ReleaseOnLine extends Actor {
  readonly type: 'ReleaseOnLine';
  readonly commitmentId: string;
  readonly amount: Money;
}

export function release(command: Input<ReleaseOnLine>, line: BudgetLine): BudgetLineEvent[] {
  const open = chargeable(line, command.amount.currency);
  const data = {
    lineId: open.lineId,
    commitmentId: command.commitmentId,
    amount: command.amount,
    releasedAt: command.at,
  };
  return [{ type: 'BudgetLineCommitmentReleased', data }];
}

/** Raised by an approved disbursement; refused past available unless an override is recorded. */
export interface ChargeBudgetLine extends Actor {
  readonly type: 'ChargeBudgetLine';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly override?: { readonly reason: string; readonly by: string };
}

export function charge(command: Input<ChargeBudgetLine>, line: BudgetLine): BudgetLineEvent[] {
  const open = command.override ? chargeable(line, command.amount.currency) : withFunds(line, command.amount);
  const { disbursementId, amount, override, at } = command;
  const data = {
    lineId: open.lineId,
    disbursementId,
    amount,
    chargedAt: at,
    ...(override ? { override } : {}),
  };
  return [{ type: 'BudgetLineCharged', data }];
}

/** Raised by a reversal: the line gets back exactly what the disbursement charged. */
export interface CreditBudgetLine extends Actor {
  readonly type: 'CreditBudgetLine';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly reason: string;
}

export function credit(command: Input<CreditBudgetLine>, line: BudgetLine): BudgetLineEvent[] {
  const open = chargeable(line, command.amount.currency);
  const { disbursementId, amount, reason, at } = command;
  return [
    {
      type: 'BudgetLineCredited',
      data: { lineId: open.lineId, disbursementId, amount, reason, creditedAt: at },
    },
  ];
}

/** A line can be charged only once adopted, and only in its own currency (conversion is explicit). */
export function chargeable(line: BudgetLine, currency: string): AdoptedLine {
  if (line.status === 'none') return refuse('budget-line-not-found');
  if (line.allocated.currency !== currency)
    return refuse('currency-mismatch', {
      lineId: line.lineId,
      line: line.allocated.currency,
      asked: currency,
    });
  return line;
}

function withFunds(line: BudgetLine, amount: { amount: number; currency: string }): AdoptedLine {
  const open = chargeable(line, amount.currency);
  const left = available(open);
  if (lessThan(left, amount))
    return refuse('insufficient-funds-on-line', { lineId: open.lineId, available: left, asked: amount });
  return open;
}

export const budgetLine: Decider<BudgetLineCommand, BudgetLineEvent, BudgetLine> = {
  // 2: the state gained `committed` and renamed `disbursed` to `charged`; older tips are refolded.
  // 3: the day it was adopted.
  stateVersion: 4,
  initialState,
  evolve,
  decide,
};
