import type { ExchangeRateEvent } from '../../events/catalog';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import type { ExchangeRate } from '../money';
import { evolve, initialState, type RecordedRate } from './exchange-rate';

export interface RecordExchangeRate extends Actor {
  readonly type: 'RecordExchangeRate';
  readonly rate: ExchangeRate;
  /** Kept on the event: a rate far from the pair's last one went through because someone said so. */
  readonly confirmed: boolean;
}

export function record(command: Omit<RecordExchangeRate, 'type'>, day: RecordedRate): ExchangeRateEvent[] {
  // A recorded rate is never changed: transactions converted at it must keep pointing at it.
  if (day.status === 'recorded') return refuse('exchange-rate-already-recorded', { rate: day.rate });
  const { rate, confirmed, by, at } = command;
  return [{ type: 'ExchangeRateRecorded', data: { rate, confirmed, recordedBy: by, recordedAt: at } }];
}

/** The rate of a day, right this time: same pair and day, another rate or source, with the reason. */
export interface CorrectExchangeRate extends Actor {
  readonly type: 'CorrectExchangeRate';
  readonly rate: ExchangeRate;
  readonly reason: string;
}

export function correct(command: Input<CorrectExchangeRate>, day: RecordedRate): ExchangeRateEvent[] {
  const { rate, reason, by, at } = command;
  if (day.status !== 'recorded')
    return refuse('exchange-rate-not-found', { base: rate.base, quote: rate.quote, date: rate.date });
  if (day.rate.rate === rate.rate && day.rate.source === rate.source)
    return refuse('correction-changes-nothing', { rate: day.rate });
  const data = { rate, previous: day.rate, reason, correctedBy: by, correctedAt: at };
  return [{ type: 'ExchangeRateCorrected', data }];
}

export type ExchangeRateCommand = RecordExchangeRate | CorrectExchangeRate;

export function decide(command: ExchangeRateCommand, day: RecordedRate): ExchangeRateEvent[] {
  switch (command.type) {
    case 'RecordExchangeRate':
      return record(command, day);
    case 'CorrectExchangeRate':
      return correct(command, day);
    default:
      return assertNever(command);
  }
}

export const exchangeRate: Decider<ExchangeRateCommand, ExchangeRateEvent, RecordedRate> = {
  // 2: the rates a correction superseded.
  stateVersion: 3,
  initialState,
  evolve,
  decide,
};
