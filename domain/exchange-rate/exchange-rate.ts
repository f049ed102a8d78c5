import type { ExchangeRateEvent } from '../../events/catalog';
import type { ExchangeRate } from '../money';

/** A rate a correction superseded, with why and by whom. */
export interface SupersededRate {
  readonly rate: ExchangeRate;
  readonly reason: string;
  readonly correctedBy: string;
  readonly correctedAt: string;
}

/**
 * One rate for one pair on one day: recorded once, then used by every conversion of that day; a
 * correction supersedes it for the conversions that come after, and the rates it superseded stay listed.
 */
export type RecordedRate =
  | { readonly status: 'none' }
  | {
      readonly status: 'recorded';
      readonly rate: ExchangeRate;
      readonly superseded: readonly SupersededRate[];
    };

export const initialState: RecordedRate = { status: 'none' };

export function evolve(day: RecordedRate, event: ExchangeRateEvent): RecordedRate {
  switch (event.type) {
    case 'ExchangeRateRecorded':
      return { status: 'recorded', rate: event.data.rate, superseded: [] };
    case 'ExchangeRateCorrected': {
      const { rate, previous, reason, correctedBy, correctedAt } = event.data;
      const superseded = day.status === 'recorded' ? day.superseded : [];
      return {
        status: 'recorded',
        rate,
        superseded: [...superseded, { rate: previous, reason, correctedBy, correctedAt }],
      };
    }
  }
}

/** The key of a rate's stream: one per pair and day. */
export const rateKey = (base: string, quote: string, date: string): string => `${base}-${quote}-${date}`;
