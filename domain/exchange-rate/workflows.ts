import type { CurrencyPairEvent, ExchangeRateEvent } from '../../events/catalog';
import type { CurrencyPair } from '../currency-pair/currency-pair';
import { setRate } from '../currency-pair/decide';
import { rateDate } from '../process/business-date';
import type { Process } from '../process/process';
import { type CorrectExchangeRate, correct, type RecordExchangeRate, record } from './decide';
import type { RecordedRate } from './exchange-rate';

export interface RateAndPair {
  readonly rate: ExchangeRateEvent[];
  readonly pair: CurrencyPairEvent[];
}

/**
 * A rate is recorded on its day, once, and becomes its pair's last rate, which it may not move far
 * from unless confirmed; both streams are appended in one transaction. Its day may be up to the end
 * of next month (rates are published ahead), not before the mandate nor in a closed month.
 */
export function recordRate(
  command: RecordExchangeRate,
  day: RecordedRate,
  pair: CurrencyPair,
  process: Process,
): RateAndPair {
  const rate = record(command, day);
  rateDate(process, command.at, 'date', command.rate.date);
  return { rate, pair: setRate(command, pair) };
}

/**
 * A day's rate corrected on a day a rate may be recorded for (not in a closed month: its reports used
 * the rate as it was); the pair's last rate follows when it was this day's, so the next rate recorded
 * is compared with the right one. The approver's correction needs no confirmation of how far it moves.
 */
export function correctRate(
  command: CorrectExchangeRate,
  day: RecordedRate,
  pair: CurrencyPair,
  process: Process,
): RateAndPair {
  const rate = correct(command, day);
  rateDate(process, command.at, 'date', command.rate.date);
  const lastIsThisDay = pair.last?.date === command.rate.date;
  const { rate: right, by, at } = command;
  return { rate, pair: lastIsThisDay ? setRate({ rate: right, confirmed: true, by, at }, pair) : [] };
}
