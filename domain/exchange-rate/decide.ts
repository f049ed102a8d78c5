import type { ExchangeRateEvent } from '../../events/catalog';
import type { Actor, Decider } from '../decider';
import { refuse } from '../errors';
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

export const exchangeRate: Decider<RecordExchangeRate, ExchangeRateEvent, RecordedRate> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide: record,
};
