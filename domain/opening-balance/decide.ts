import type { OpeningBalanceEvent } from '../../events/catalog';
import type { OpeningLine, OpeningReceipt } from '../../events/catalog/opening-balance';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { evolve, initialState, type OpeningBalances, type Proposal } from './opening-balance';

export type OpeningBalanceCommand = ProposeOpeningBalances | ApproveOpeningBalances | RejectOpeningBalances;

export function decide(command: OpeningBalanceCommand, balances: OpeningBalances): OpeningBalanceEvent[] {
  switch (command.type) {
    case 'ProposeOpeningBalances':
      return propose(command, balances);
    case 'ApproveOpeningBalances':
      return approve(command, balances);
    case 'RejectOpeningBalances':
      return reject(command, balances);
    default:
      return assertNever(command);
  }
}

/**
 * By the finance desk: the balances as of a day, each line's and contribution's checked in
 * ./workflows.ts. A new proposal may follow a rejected one; none follows an approved one.
 */
export interface ProposeOpeningBalances extends Actor {
  readonly type: 'ProposeOpeningBalances';
  readonly asOf: string;
  readonly lines: readonly OpeningLine[];
  readonly receipts: readonly OpeningReceipt[];
}

export function propose(
  command: Input<ProposeOpeningBalances>,
  balances: OpeningBalances,
): OpeningBalanceEvent[] {
  if (balances.status === 'approved')
    return refuse('opening-balances-already-approved', { asOf: balances.asOf });
  if (balances.status === 'proposed')
    return refuse('opening-balances-already-proposed', {
      asOf: balances.asOf,
      proposedBy: balances.proposedBy,
    });
  const { asOf, lines, receipts, by, at } = command;
  const data = { asOf, lines: [...lines], receipts: [...receipts], proposedBy: by, proposedAt: at };
  return [{ type: 'OpeningBalancesProposed', data }];
}

/** By an approver other than the proposer: the lines and contributions follow in ./workflows.ts. */
export interface ApproveOpeningBalances extends Actor {
  readonly type: 'ApproveOpeningBalances';
}

export function approve(
  command: Input<ApproveOpeningBalances>,
  balances: OpeningBalances,
): OpeningBalanceEvent[] {
  const { asOf, proposedBy } = awaitingDecision(balances, command.by);
  const data = { asOf, proposedBy, approvedBy: command.by, approvedAt: command.at };
  return [{ type: 'OpeningBalancesApproved', data }];
}

/** By an approver other than the proposer, with the reason; the desk may then propose again. */
export interface RejectOpeningBalances extends Actor {
  readonly type: 'RejectOpeningBalances';
  readonly reason: string;
}

export function reject(
  command: Input<RejectOpeningBalances>,
  balances: OpeningBalances,
): OpeningBalanceEvent[] {
  const { asOf } = awaitingDecision(balances, command.by);
  const data = { asOf, reason: command.reason, rejectedBy: command.by, rejectedAt: command.at };
  return [{ type: 'OpeningBalancesRejected', data }];
}

/** A proposal waiting for a decision, by someone other than its proposer (maker ≠ checker). */
export function awaitingDecision(balances: OpeningBalances, by: string): Proposal {
  if (balances.status === 'approved')
    return refuse('opening-balances-already-approved', { asOf: balances.asOf });
  if (balances.status !== 'proposed')
    return refuse('opening-balances-not-proposed', { status: balances.status });
  if (balances.proposedBy === by)
    return refuse('proposer-cannot-approve-opening-balances', { proposedBy: by });
  return balances;
}

export const openingBalance: Decider<OpeningBalanceCommand, OpeningBalanceEvent, OpeningBalances> = {
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
