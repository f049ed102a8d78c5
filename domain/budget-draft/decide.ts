import type { BudgetDraftEvent } from '../../events/catalog';
import type { DraftLine } from '../../events/catalog/budget-draft';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { type BudgetDraft, evolve, initialState, type PreparedDraft } from './budget-draft';

export type BudgetDraftCommand =
  | PrepareBudgetDraft
  | ReviseBudgetDraft
  | WithdrawBudgetDraft
  | AdoptBudgetDraft;

export function decide(command: BudgetDraftCommand, draft: BudgetDraft): BudgetDraftEvent[] {
  switch (command.type) {
    case 'PrepareBudgetDraft':
      return prepare(command, draft);
    case 'ReviseBudgetDraft':
      return revise(command, draft);
    case 'WithdrawBudgetDraft':
      return withdraw(command, draft);
    case 'AdoptBudgetDraft':
      return adoptDraft(command, draft);
    default:
      return assertNever(command);
  }
}

/** By a finance officer: the lines as an adoption takes them, under a title saying what budget it is. */
export interface PrepareBudgetDraft extends Actor {
  readonly type: 'PrepareBudgetDraft';
  readonly draftId: string;
  readonly title: string;
  readonly lines: readonly DraftLine[];
}

export function prepare(command: Input<PrepareBudgetDraft>, draft: BudgetDraft): BudgetDraftEvent[] {
  if (draft.status !== 'none') return refuse('budget-draft-already-prepared', { draftId: command.draftId });
  const { draftId, title, lines, by, at } = command;
  return [
    {
      type: 'BudgetDraftPrepared',
      data: { draftId, title, lines: [...lines], preparedBy: by, preparedAt: at },
    },
  ];
}

/** Its preparer redoes the draft while no approver has adopted it: the title and every line, with why. */
export interface ReviseBudgetDraft extends Actor {
  readonly type: 'ReviseBudgetDraft';
  readonly title: string;
  readonly lines: readonly DraftLine[];
  readonly reason: string;
}

export function revise(command: Input<ReviseBudgetDraft>, draft: BudgetDraft): BudgetDraftEvent[] {
  const { draftId } = byItsPreparer(draft, command.by);
  const { title, lines, reason, by, at } = command;
  return [
    {
      type: 'BudgetDraftRevised',
      data: { draftId, title, lines: [...lines], reason, revisedBy: by, revisedAt: at },
    },
  ];
}

/** Only its preparer takes a draft back, and only while no approver has adopted it. */
export interface WithdrawBudgetDraft extends Actor {
  readonly type: 'WithdrawBudgetDraft';
  readonly reason: string;
}

export function withdraw(command: Input<WithdrawBudgetDraft>, draft: BudgetDraft): BudgetDraftEvent[] {
  const { draftId } = byItsPreparer(draft, command.by);
  const data = { draftId, reason: command.reason, withdrawnBy: command.by, withdrawnAt: command.at };
  return [{ type: 'BudgetDraftWithdrawn', data }];
}

/** A draft is its preparer's to change until it is adopted or withdrawn. */
function byItsPreparer(draft: BudgetDraft, by: string): PreparedDraft {
  const prepared = stillPrepared(draft);
  if (prepared.preparedBy !== by) return refuse('only-preparer-may-change', { draftId: prepared.draftId });
  return prepared;
}

/** By an approver: each line is adopted on its own stream in the same transaction (see the workflow). */
export interface AdoptBudgetDraft extends Actor {
  readonly type: 'AdoptBudgetDraft';
  /** The value date: the day the approver adopted it. */
  readonly adoptedOn: string;
}

export function adoptDraft(command: Input<AdoptBudgetDraft>, draft: BudgetDraft): BudgetDraftEvent[] {
  const prepared = stillPrepared(draft);
  // Segregation of duties: whoever prepared the budget does not adopt it.
  if (prepared.preparedBy === command.by)
    return refuse('preparer-cannot-adopt', { draftId: prepared.draftId });
  const { adoptedOn, by, at } = command;
  return [
    {
      type: 'BudgetDraftAdopted',
      data: { draftId: prepared.draftId, approvedBy: by, adoptedOn, adoptedAt: at },
    },
  ];
}

/** A draft is withdrawn or adopted once: after either it is a record, no longer a proposal. */
export function stillPrepared(draft: BudgetDraft): PreparedDraft {
  if (draft.status === 'none') return refuse('budget-draft-not-found');
  if (draft.status !== 'prepared')
    return refuse('budget-draft-not-prepared', { draftId: draft.draftId, status: draft.status });
  return draft;
}

export const budgetDraft: Decider<BudgetDraftCommand, BudgetDraftEvent, BudgetDraft> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
