import { describe, expect, it } from 'vitest';
import { day } from '../../test/support/builders';
import { specFor } from '../../test/support/decider-spec';
import { currencyPair, type SetPairRate } from './decide';

const given = specFor(currencyPair);
const eurUsd = (rate: string, date = '2026-03-01') => ({
  base: 'EUR',
  quote: 'USD',
  rate,
  date,
  source: 'UN operational rate of exchange',
});
const set = (rate: string, confirmed = false): SetPairRate => ({
  type: 'SetPairRate',
  rate: eurUsd(rate, '2026-04-01'),
  confirmed,
  by: 'fo-1',
  at: day(2),
});
const last = {
  type: 'CurrencyPairRateSet' as const,
  data: { rate: eurUsd('1.0825'), setBy: 'fo-1', setAt: day(1) },
};

describe('a currency pair’s last rate', () => {
  it('is whatever is recorded first: there is nothing to compare it with', () => {
    given([])
      .when(set('1082.5'))
      .then([
        {
          type: 'CurrencyPairRateSet',
          data: { rate: eurUsd('1082.5', '2026-04-01'), setBy: 'fo-1', setAt: day(2) },
        },
      ]);
  });

  it('moves up to five times up or down', () => {
    const accepted = [expect.objectContaining({ type: 'CurrencyPairRateSet' })];
    given([last]).when(set('5.4125')).then(accepted);
    given([last]).when(set('0.2165')).then(accepted);
  });

  it('is refused further than five times away, a misplaced decimal point, unless confirmed', () => {
    const slip = given([last]).when(set('10.825')).thenRefuses('rate-far-from-last');
    expect(slip.details).toEqual({
      last: { rate: '1.0825', date: '2026-03-01' },
      asked: { rate: '10.825', date: '2026-04-01' },
      factor: 5,
    });
    given([last]).when(set('5.41251')).thenRefuses('rate-far-from-last');
    given([last]).when(set('0.216499')).thenRefuses('rate-far-from-last');
    given([last])
      .when(set('10.825', true))
      .then([expect.objectContaining({ type: 'CurrencyPairRateSet' })]);
  });
});
