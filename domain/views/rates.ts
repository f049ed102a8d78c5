import type { StoredEvent } from '../../events/envelope';
import { convertBack } from '../audit/contribution-currency';
import { convert, type ExchangeRate, type Money } from '../money';
import type { Projection, RowKey } from './projection';

/** A pair's last recorded rate (`CurrencyPairRateSet`), whatever its day, and when it was recorded. */
export interface RateRow {
  readonly processId: string;
  readonly rate: ExchangeRate;
  readonly setAt: string;
  readonly version: number;
}

export const ratesPartition = (processId: string): string => `${processId}#rates`;

export const ratesProjection: Projection<RateRow> = {
  name: 'rates',
  aggregates: ['currency-pair'],
  rowOf(event): RowKey | undefined {
    if (event.type !== 'CurrencyPairRateSet') return undefined;
    const { base, quote } = event.data.rate;
    return { pk: ratesPartition(event.metadata.processId), sk: `${base}-${quote}` };
  },
  apply(_row, event: StoredEvent) {
    if (event.type !== 'CurrencyPairRateSet') throw new Error(`the rates view does not apply ${event.type}`);
    const { rate, setAt } = event.data;
    return { processId: event.metadata.processId, rate, setAt, version: event.version };
  },
};

/**
 * The latest rate recorded between two currencies, in either direction (EUR/USD or USD/EUR, the one
 * recorded last), with the conversion it makes; undefined when neither pair has a rate.
 */
export function latestRate(
  rates: readonly RateRow[],
  from: string,
  to: string,
): { readonly rate: ExchangeRate; readonly convert: (amount: Money) => Money } | undefined {
  const latest = rates
    .filter(
      ({ rate }) => (rate.base === from && rate.quote === to) || (rate.base === to && rate.quote === from),
    )
    .reduce<RateRow | undefined>((last, row) => (!last || row.setAt > last.setAt ? row : last), undefined);
  if (!latest) return undefined;
  const { rate } = latest;
  return {
    rate,
    convert: (amount) => (rate.base === from ? convert(amount, rate) : convertBack(amount, rate)),
  };
}
