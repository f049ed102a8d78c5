import type { BudgetLineEvent, CommitmentEvent, ContributionEvent } from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import * as lines from '../budget-line/decide';
import type { Contribution } from '../contribution/contribution';
import * as sources from '../contribution/decide';
import type { Commitment } from './commitment';
import { type RaiseCommitment, type ReleaseCommitment, raise, release } from './decide';

export interface CommitmentDecision {
  readonly commitment: CommitmentEvent[];
  readonly line: BudgetLineEvent[];
  readonly source: ContributionEvent[];
}

/** A commitment reserves on its line and its funding source together, so neither can be overspent. */
export function raiseCommitment(
  command: RaiseCommitment,
  state: Commitment,
  line: BudgetLine,
  source: Contribution,
): CommitmentDecision {
  const raised = raise(command, state);
  const { commitmentId, amount, by, at } = command;
  const open = lines.chargeable(line, amount.currency);
  return {
    commitment: raised,
    line: lines.commit({ commitmentId, amount, by, at }, line),
    source: sources.commit({ commitmentId, amount, line: open, by, at }, source),
  };
}

export function releaseCommitment(
  command: ReleaseCommitment,
  state: Commitment,
  line: BudgetLine,
  source: Contribution,
): CommitmentDecision {
  const released = release(command, state);
  const { amount, by, at } = command;
  const commitmentId = released[0]?.data.commitmentId ?? '';
  return {
    commitment: released,
    line: lines.release({ commitmentId, amount, by, at }, line),
    source: sources.release({ commitmentId, amount, by, at }, source),
  };
}
