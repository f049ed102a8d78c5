import type { BudgetLineEvent, CommitmentEvent, ContributionEvent } from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import { chargeable, decide as decideLine } from '../budget-line/decide';
import type { Contribution } from '../contribution/contribution';
import { decide as decideSource } from '../contribution/decide';
import { type Commitment, commitment, type RaiseCommitment, type ReleaseCommitment } from './commitment';

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
  const raised = commitment.decide(command, state);
  const { commitmentId, amount, by, at } = command;
  const open = chargeable(line, amount.currency);
  return {
    commitment: raised,
    line: decideLine({ type: 'CommitOnLine', commitmentId, amount, by, at }, line),
    source: decideSource({ type: 'CommitOnContribution', commitmentId, amount, line: open, by, at }, source),
  };
}

export function releaseCommitment(
  command: ReleaseCommitment,
  state: Commitment,
  line: BudgetLine,
  source: Contribution,
): CommitmentDecision {
  const released = commitment.decide(command, state);
  const { amount, by, at } = command;
  const commitmentId = released[0]?.data.commitmentId ?? '';
  return {
    commitment: released,
    line: decideLine({ type: 'ReleaseOnLine', commitmentId, amount, by, at }, line),
    source: decideSource({ type: 'ReleaseOnContribution', commitmentId, amount, by, at }, source),
  };
}
