import type { CommitmentEvent } from '../../events/catalog';
import { refuse } from '../errors';
import { type Money, subtract } from '../money';

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
      /** The value date it was raised on, which no release precedes. */
      readonly raisedOn: string;
    };

export const initialState: Commitment = { status: 'none' };

export function evolve(state: Commitment, event: CommitmentEvent): Commitment {
  if (event.type === 'CommitmentRaised') {
    const { commitmentId, lineId, fundingSourceId, amount, raisedOn } = event.data;
    return { status: 'open', commitmentId, lineId, fundingSourceId, remaining: amount, raisedOn };
  }
  if (state.status === 'none') return state;
  const remaining = subtract(state.remaining, event.data.amount);
  return { ...state, remaining, status: remaining.amount === 0 ? 'released' : 'open' };
}

/** The line and funding source a raised commitment reserves on. */
export const reservedOn = (state: Commitment): { lineId: string; fundingSourceId: string } =>
  state.status === 'none'
    ? refuse('commitment-not-found')
    : { lineId: state.lineId, fundingSourceId: state.fundingSourceId };
