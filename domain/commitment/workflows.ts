import type { BudgetLineEvent, CommitmentEvent, ContributionEvent } from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import * as lines from '../budget-line/decide';
import type { Contribution } from '../contribution/contribution';
import * as sources from '../contribution/decide';
import { businessDate, recordingDay } from '../process/business-date';
import type { Process } from '../process/process';
import type { Commitment } from './commitment';
import { type RaiseCommitment, type ReleaseCommitment, raise, release } from './decide';

export interface CommitmentDecision {
  readonly commitment: CommitmentEvent[];
  readonly line: BudgetLineEvent[];
  readonly source: ContributionEvent[];
}

/** Without a value date, the commitment is raised on the day it is recorded (`recordingDay`). */
export type RaiseInput = Omit<RaiseCommitment, 'raisedOn'> & { readonly raisedOn?: string | undefined };

/**
 * A commitment reserves on its line and its funding source together, so neither can be overspent,
 * on a day the process has lived.
 */
export function raiseCommitment(
  command: RaiseInput,
  state: Commitment,
  line: BudgetLine,
  source: Contribution,
  process: Process,
): CommitmentDecision {
  const raisedOn = command.raisedOn ?? recordingDay(process, command.at);
  const raised = raise({ ...command, raisedOn }, state);
  const { commitmentId, amount, by, at } = command;
  const open = lines.chargeable(line, amount.currency);
  const decision = {
    commitment: raised,
    line: lines.commit({ commitmentId, amount, by, at }, line),
    source: sources.commit({ commitmentId, amount, line: open, by, at }, source),
  };
  businessDate(process, at, 'raisedOn', raisedOn);
  return decision;
}

/** Without a value date, the release is dated the day it is recorded (`recordingDay`). */
export type ReleaseInput = Omit<ReleaseCommitment, 'releasedOn'> & {
  readonly releasedOn?: string | undefined;
};

/** Released by the finance desk on a day the process has lived, not before it was raised. */
export function releaseCommitment(
  command: ReleaseInput,
  state: Commitment,
  line: BudgetLine,
  source: Contribution,
  process: Process,
): CommitmentDecision {
  const releasedOn = command.releasedOn ?? recordingDay(process, command.at);
  const decision = releaseReserved({ ...command, releasedOn }, state, line, source);
  businessDate(process, command.at, 'releasedOn', releasedOn);
  return decision;
}

/**
 * Gives back on the commitment, its line and its source together; the approval that consumes a
 * commitment releases it on its own value date, already checked.
 */
export function releaseReserved(
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
