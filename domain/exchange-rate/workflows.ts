import type { CurrencyPairEvent, ExchangeRateEvent } from '../../events/catalog';
import type { CurrencyPair } from '../currency-pair/currency-pair';
import { setRate } from '../currency-pair/decide';
import { datedOn } from '../process/business-date';
import type { Process } from '../process/process';
import { type RecordExchangeRate, record } from './decide';
import type { RecordedRate } from './exchange-rate';

export interface RateAndPair {
  readonly rate: ExchangeRateEvent[];
  readonly pair: CurrencyPairEvent[];
}

/**
 * A rate is recorded on its day, once, and becomes its pair's last rate, which it may not move far
 * from unless confirmed; both streams are appended in one transaction. Its day is a business date:
 * money converted at it moved on a day the process has lived.
 */
export function recordRate(
  command: RecordExchangeRate,
  day: RecordedRate,
  pair: CurrencyPair,
  process: Process,
): RateAndPair {
  const rate = datedOn(process, command.at, 'date', command.rate.date, record(command, day));
  return { rate, pair: setRate(command, pair) };
}
