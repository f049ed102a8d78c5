import type { CommitmentEvent } from '../../events/catalog';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { lessThan, type Money } from '../money';
import { type Commitment, evolve, initialState } from './commitment';

export type CommitmentCommand = RaiseCommitment | ReleaseCommitment;

export function decide(command: CommitmentCommand, state: Commitment): CommitmentEvent[] {
  switch (command.type) {
    case 'RaiseCommitment':
      return raise(command, state);
    case 'ReleaseCommitment':
      return release(command, state);
    default:
      return assertNever(command);
  }
}

export interface RaiseCommitment extends Actor {
  readonly type: 'RaiseCommitment';
  readonly commitmentId: string;
  readonly lineId: string;
  readonly fundingSourceId: string;
  readonly amount: Money;
  readonly description: string;
  readonly supplier: string;
  /** The value date: the day the contract or purchase order was raised. */
  readonly raisedOn: string;
}

/** Takes the whole command: every field but its `type` and the actor is event data. */
export function raise(command: RaiseCommitment, state: Commitment): CommitmentEvent[] {
  if (state.status !== 'none')
    return refuse('commitment-already-raised', { commitmentId: command.commitmentId });
  const { type: _, by, at, ...data } = command;
  return [{ type: 'CommitmentRaised', data: { ...data, raisedBy: by, raisedAt: at } }];
}

/** Gives back all or part of what is still reserved. */
export interface ReleaseCommitment extends Actor {
  readonly type: 'ReleaseCommitment';
  readonly amount: Money;
  readonly reason: string;
  /** The value date: the day it was released. */
  readonly releasedOn: string;
}

export function release(command: Input<ReleaseCommitment>, state: Commitment): CommitmentEvent[] {
  if (state.status === 'none') return refuse('commitment-not-found');
  if (state.status === 'released')
    return refuse('commitment-already-released', { commitmentId: state.commitmentId });
  if (command.amount.currency !== state.remaining.currency || lessThan(state.remaining, command.amount))
    return refuse('release-exceeds-commitment', { remaining: state.remaining, asked: command.amount });
  const { amount, reason, releasedOn, by, at } = command;
  // Released once raised (ISO dates compare correctly as strings).
  if (releasedOn < state.raisedOn)
    return refuse('release-before-raise', { raisedOn: state.raisedOn, releasedOn });
  const { commitmentId } = state;
  return [
    {
      type: 'CommitmentReleased',
      data: { commitmentId, amount, reason, releasedOn, releasedBy: by, releasedAt: at },
    },
  ];
}

export const commitment: Decider<CommitmentCommand, CommitmentEvent, Commitment> = {
  // 2: the day it was raised.
  stateVersion: 3,
  initialState,
  evolve,
  decide,
};
