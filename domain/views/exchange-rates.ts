import type { ExchangeRateEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import type { ExchangeRate } from '../money';
import type { Projection, RowKey } from './projection';

/** A day's rate of a pair as it stands: the recorded one, or its correction with what it superseded. */
export interface ExchangeRateRow extends ExchangeRate {
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly corrected?: {
    readonly previous: ExchangeRate;
    readonly reason: string;
    readonly correctedBy: string;
    readonly correctedAt: string;
  };
  readonly version: number;
}

export const exchangeRatesPartition = (processId: string): string => `${processId}#exchange-rates`;

/** Sorted by pair, then day: a pair's rates, or a pair's between two days, are one key range. */
export const exchangeRateSortKey = (base: string, quote: string, date = ''): string =>
  `rate#${base}-${quote}#${date}`;

export const exchangeRatesProjection: Projection<ExchangeRateRow> = {
  name: 'exchange-rates',
  aggregates: ['exchange-rate'],
  rowOf(event): RowKey | undefined {
    if (event.type !== 'ExchangeRateRecorded' && event.type !== 'ExchangeRateCorrected') return undefined;
    const { base, quote, date } = (event.data as ExchangeRateEvent['data']).rate;
    return {
      pk: exchangeRatesPartition(event.metadata.processId),
      sk: exchangeRateSortKey(base, quote, date),
    };
  },
  apply(row, event: StoredEvent) {
    const rated = event as StoredEvent<ExchangeRateEvent>;
    const { version } = event;
    if (rated.type === 'ExchangeRateRecorded') {
      const { rate, recordedBy, recordedAt } = rated.data;
      return { ...rate, recordedBy, recordedAt, version };
    }
    if (!row) throw new Error(`${event.type} on ${event.streamId} before the rate was recorded`);
    const { rate, previous, reason, correctedBy, correctedAt } = rated.data;
    return { ...row, ...rate, corrected: { previous, reason, correctedBy, correctedAt }, version };
  },
};
