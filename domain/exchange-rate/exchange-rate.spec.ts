import { describe, it } from 'vitest';
import { day } from '../../test/support/builders';
import { specFor } from '../../test/support/decider-spec';
import { exchangeRate } from './decide';

const given = specFor(exchangeRate);
const rate = {
  base: 'EUR',
  quote: 'USD',
  rate: '1.0825',
  date: '2026-03-01',
  source: 'UN operational rate of exchange',
};
const recorded = { rate, confirmed: false, recordedBy: 'fo-1', recordedAt: day(1) };

describe('recording an exchange rate', () => {
  it('records the pair, day, rate and source', () => {
    given([])
      .when({ type: 'RecordExchangeRate', rate, confirmed: false, by: 'fo-1', at: day(1) })
      .then([{ type: 'ExchangeRateRecorded', data: recorded }]);
  });

  it('records that a move far from the pair’s last rate was confirmed, for the audit trail', () => {
    given([])
      .when({ type: 'RecordExchangeRate', rate, confirmed: true, by: 'fo-1', at: day(1) })
      .then([{ type: 'ExchangeRateRecorded', data: { ...recorded, confirmed: true } }]);
  });

  it('is refused a second time for the same pair and day: conversions keep pointing at the first', () => {
    given([{ type: 'ExchangeRateRecorded', data: recorded }])
      .when({
        type: 'RecordExchangeRate',
        rate: { ...rate, rate: '1.09' },
        confirmed: false,
        by: 'fo-1',
        at: day(2),
      })
      .thenRefuses('exchange-rate-already-recorded');
  });
});
