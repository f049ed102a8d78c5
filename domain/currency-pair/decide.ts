import type { CurrencyPairEvent } from '../../events/catalog';
import type { Actor, Decider } from '../decider';
import { refuse } from '../errors';
import { type ExchangeRate, scaledRate } from '../money';
import { type CurrencyPair, evolve, initialState } from './currency-pair';

/**
 * How far a rate may move from the pair's last one, up or down, without being confirmed. A misplaced
 * decimal point moves a rate tenfold (1.27 typed as 12.7 or 0.127), while a currency seldom moves
 * fivefold between two recordings: the slip is stopped, a real collapse is confirmed and goes through.
 */
export const RATE_MOVE_FACTOR = 5;

/** Raised by recording a rate for a day: the rate becomes the pair's last. */
export interface SetPairRate extends Actor {
  readonly type: 'SetPairRate';
  readonly rate: ExchangeRate;
  /** The recorder has checked a move past the factor and says it is right. */
  readonly confirmed: boolean;
}

export function setRate(command: Omit<SetPairRate, 'type'>, pair: CurrencyPair): CurrencyPairEvent[] {
  const { rate, confirmed, by, at } = command;
  if (pair.last && !confirmed && movesTooFar(pair.last.rate, rate.rate))
    return refuse('rate-far-from-last', {
      last: { rate: pair.last.rate, date: pair.last.date },
      asked: { rate: rate.rate, date: rate.date },
      factor: RATE_MOVE_FACTOR,
    });
  return [{ type: 'CurrencyPairRateSet', data: { rate, setBy: by, setAt: at } }];
}

/** Whether `next` is more than the factor times `last`, or less than `last` divided by it, exactly. */
function movesTooFar(last: string, next: string): boolean {
  const a = scaledRate(last);
  const b = scaledRate(next);
  // Both over the same power of ten: a.scaled × 10^b.digits against b.scaled × 10^a.digits.
  const lastScaled = a.scaled * 10n ** BigInt(b.digits);
  const nextScaled = b.scaled * 10n ** BigInt(a.digits);
  const factor = BigInt(RATE_MOVE_FACTOR);
  return nextScaled > lastScaled * factor || lastScaled > nextScaled * factor;
}

export const currencyPair: Decider<SetPairRate, CurrencyPairEvent, CurrencyPair> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide: setRate,
};
