import type { ExchangeRateEvent } from '../../events/catalog';
import type { ExchangeRate } from '../money';

/** One rate for one pair on one day: recorded once, then used by every conversion of that day. */
export type RecordedRate =
  | { readonly status: 'none' }
  | { readonly status: 'recorded'; readonly rate: ExchangeRate };

export const initialState: RecordedRate = { status: 'none' };

export const evolve = (_: RecordedRate, event: ExchangeRateEvent): RecordedRate => ({
  status: 'recorded',
  rate: event.data.rate,
});

/** The key of a rate's stream: one per pair and day. */
export const rateKey = (base: string, quote: string, date: string): string => `${base}-${quote}-${date}`;
