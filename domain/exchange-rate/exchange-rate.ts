import type { ExchangeRateEvent } from '../../events/catalog';
import type { Actor, Decider } from '../decider';
import { refuse } from '../errors';
import type { ExchangeRate } from '../money';

/** One rate for one pair on one day: recorded once, then used by every conversion of that day. */
export type RecordedRate =
  | { readonly status: 'none' }
  | { readonly status: 'recorded'; readonly rate: ExchangeRate };

export interface RecordExchangeRate extends Actor {
  readonly type: 'RecordExchangeRate';
  readonly rate: ExchangeRate;
}

export const exchangeRate: Decider<RecordExchangeRate, ExchangeRateEvent, RecordedRate> = {
  stateVersion: 1,
  initialState: { status: 'none' },
  evolve: (_, event) => ({ status: 'recorded', rate: event.data.rate }),
  decide(command, state) {
    // A recorded rate is never changed: transactions converted at it must keep pointing at it.
    if (state.status === 'recorded') return refuse('exchange-rate-already-recorded', { rate: state.rate });
    return [
      {
        type: 'ExchangeRateRecorded',
        data: { rate: command.rate, recordedBy: command.by, recordedAt: command.at },
      },
    ];
  },
};

/** The key of a rate's stream: one per pair and day. */
export const rateKey = (base: string, quote: string, date: string): string => `${base}-${quote}-${date}`;
