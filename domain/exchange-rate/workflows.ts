import type { CurrencyPairEvent, ExchangeRateEvent } from '../../events/catalog';
import type { CurrencyPair } from '../currency-pair/currency-pair';
import { setRate } from '../currency-pair/decide';
import { type RecordExchangeRate, record } from './decide';
import type { RecordedRate } from './exchange-rate';

export interface RateAndPair {
  readonly rate: ExchangeRateEvent[];
  readonly pair: CurrencyPairEvent[];
}

/**
 * A rate is recorded on its day, once, and becomes its pair's last rate, which it may not move far
 * from unless confirmed; both streams are appended in one transaction.
 */
export function recordRate(command: RecordExchangeRate, day: RecordedRate, pair: CurrencyPair): RateAndPair {
  return { rate: record(command, day), pair: setRate(command, pair) };
}
