import type { CurrencyPairEvent } from '../../events/catalog';
import type { ExchangeRate } from '../money';

/**
 * A pair such as EUR/USD, base first: the last rate recorded for it, on whichever day. Each rate's own
 * day is a stream of its own (domain/exchange-rate); the pair is the one place that knows which came
 * last, and its version makes two rates recorded at once for a pair be checked one after the other.
 */
export interface CurrencyPair {
  readonly last: ExchangeRate | null;
}

export const initialState: CurrencyPair = { last: null };

export const evolve = (_pair: CurrencyPair, event: CurrencyPairEvent): CurrencyPair => ({
  last: event.data.rate,
});
