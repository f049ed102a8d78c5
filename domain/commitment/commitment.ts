import type { CommitmentEvent } from '../../events/catalog';
import type { Actor, Decider } from '../decider';
import { refuse } from '../errors';
import { lessThan, type Money, subtract } from '../money';

/** A contract or purchase order reserving money on a line and a funding source before it is spent. */
export type Commitment =
  | { readonly status: 'none' }
  | {
      readonly status: 'open' | 'released';
      readonly commitmentId: string;
      readonly lineId: string;
      readonly fundingSourceId: string;
      /** What is still reserved. */
      readonly remaining: Money;
    };

export interface RaiseCommitment extends Actor {
  readonly type: 'RaiseCommitment';
  readonly commitmentId: string;
  readonly lineId: string;
  readonly fundingSourceId: string;
  readonly amount: Money;
  readonly description: string;
  readonly supplier: string;
}

/** Gives back all or part of what is still reserved. */
export interface ReleaseCommitment extends Actor {
  readonly type: 'ReleaseCommitment';
  readonly amount: Money;
  readonly reason: string;
}

export type CommitmentCommand = RaiseCommitment | ReleaseCommitment;

export const commitment: Decider<CommitmentCommand, CommitmentEvent, Commitment> = {
  stateVersion: 1,
  initialState: { status: 'none' },
  evolve(state, event) {
    if (event.type === 'CommitmentRaised') {
      const { commitmentId, lineId, fundingSourceId, amount } = event.data;
      return { status: 'open', commitmentId, lineId, fundingSourceId, remaining: amount };
    }
    if (state.status === 'none') return state;
    const remaining = subtract(state.remaining, event.data.amount);
    return { ...state, remaining, status: remaining.amount === 0 ? 'released' : 'open' };
  },
  decide(command, state) {
    if (command.type === 'RaiseCommitment') {
      if (state.status !== 'none')
        return refuse('commitment-already-raised', { commitmentId: command.commitmentId });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'CommitmentRaised', data: { ...data, raisedBy: by, raisedAt: at } }];
    }
    if (state.status === 'none') return refuse('commitment-not-found');
    if (state.status === 'released')
      return refuse('commitment-already-released', { commitmentId: state.commitmentId });
    if (command.amount.currency !== state.remaining.currency || lessThan(state.remaining, command.amount))
      return refuse('release-exceeds-commitment', { remaining: state.remaining, asked: command.amount });
    const { amount, reason, by, at } = command;
    return [
      {
        type: 'CommitmentReleased',
        data: { commitmentId: state.commitmentId, amount, reason, releasedBy: by, releasedAt: at },
      },
    ];
  },
};

/** The line and funding source a raised commitment reserves on. */
export const reservedOn = (state: Commitment): { lineId: string; fundingSourceId: string } =>
  state.status === 'none'
    ? refuse('commitment-not-found')
    : { lineId: state.lineId, fundingSourceId: state.fundingSourceId };
