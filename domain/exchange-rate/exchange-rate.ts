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
      /** The recorder confirmed a rate far from the pair's last one. */
      readonly confirmed: boolean;
      readonly recordedBy: string;
      readonly recordedAt: string;
      readonly superseded: readonly SupersededRate[];
    };

export const initialState: RecordedRate = { status: 'none' };

export function evolve(day: RecordedRate, event: ExchangeRateEvent): RecordedRate {
  switch (event.type) {
    case 'ExchangeRateRecorded':
      return { status: 'recorded', ...event.data, superseded: [] };
    case 'ExchangeRateCorrected': {
      if (day.status === 'none') return day;
      const { rate, previous, reason, correctedBy, correctedAt } = event.data;
      return {
        ...day,
        rate,
        superseded: [...day.superseded, { rate: previous, reason, correctedBy, correctedAt }],
      };
    }
  }
}

/** The key of a rate's stream: one per pair and day. */
export const rateKey = (base: string, quote: string, date: string): string => `${base}-${quote}-${date}`;
