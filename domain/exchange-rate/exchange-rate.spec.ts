import { describe, it } from 'vitest';
import { day } from '../../test/support/builders';
import { specFor } from '../../test/support/decider-spec';
import { exchangeRate } from './exchange-rate';

const given = specFor(exchangeRate);
const rate = {
  base: 'EUR',
  quote: 'USD',
  rate: '1.0825',
  date: '2026-03-01',
  source: 'UN operational rate of exchange',
};

describe('recording an exchange rate', () => {
  it('records the pair, day, rate and source', () => {
    given([])
      .when({ type: 'RecordExchangeRate', rate, by: 'fo-1', at: day(1) })
      .then([{ type: 'ExchangeRateRecorded', data: { rate, recordedBy: 'fo-1', recordedAt: day(1) } }]);
  });

  it('is refused a second time for the same pair and day: conversions keep pointing at the first', () => {
    given([{ type: 'ExchangeRateRecorded', data: { rate, recordedBy: 'fo-1', recordedAt: day(1) } }])
      .when({ type: 'RecordExchangeRate', rate: { ...rate, rate: '1.09' }, by: 'fo-1', at: day(2) })
      .thenRefuses('exchange-rate-already-recorded');
  });
});
