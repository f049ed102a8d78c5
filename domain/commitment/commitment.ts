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
      /** What was reserved when raised. */
      readonly amount: Money;
      /** What is still reserved. */
      readonly remaining: Money;
      /** What is reserved and with whom: the contract or purchase order. */
      readonly description: string;
      readonly supplier: string;
      /** The value date it was raised on, which no release precedes. */
      readonly raisedOn: string;
      readonly raisedBy: string;
      readonly raisedAt: string;
      /** Every release, by hand or by the approval of what pays it, in the order recorded. */
      readonly releases: readonly Release[];
    };

export interface Release {
  readonly amount: Money;
  readonly reason: string;
  readonly releasedOn: string;
  readonly releasedBy: string;
  readonly releasedAt: string;
}

export const initialState: Commitment = { status: 'none' };

export function evolve(state: Commitment, event: CommitmentEvent): Commitment {
  if (event.type === 'CommitmentRaised') {
    const { amount, ...raised } = event.data;
    return { status: 'open', ...raised, amount, remaining: amount, releases: [] };
  }
  if (state.status === 'none') return state;
  const { commitmentId: _, ...release } = event.data;
  const remaining = subtract(state.remaining, release.amount);
  const status = remaining.amount === 0 ? 'released' : 'open';
  return { ...state, remaining, status, releases: [...state.releases, release] };
}

/** The line and funding source a raised commitment reserves on. */
export const reservedOn = (state: Commitment): { lineId: string; fundingSourceId: string } =>
  state.status === 'none'
    ? refuse('commitment-not-found')
    : { lineId: state.lineId, fundingSourceId: state.fundingSourceId };
