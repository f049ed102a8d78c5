import { describe, expect, it } from 'vitest';
import { day } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { initialState as noPair } from '../currency-pair/currency-pair';
import { exchangeRate } from './decide';
import { evolve, initialState as noRate } from './exchange-rate';
import { recordRate } from './workflows';

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

describe('a rate’s day', () => {
  const recordOn = (date: string) => () =>
    recordRate(
      { type: 'RecordExchangeRate', rate: { ...rate, date }, confirmed: false, by: 'fo-1', at: day(10) },
      noRate,
      noPair,
      openProcess,
    );

  it('may be entered late, or ahead up to the end of next month, as operational rates are published', () => {
    expect(recordOn('2026-01-10')().rate[0]?.data.rate.date).toBe('2026-01-10');
    expect(recordOn('2026-02-28')().rate[0]?.data.rate.date).toBe('2026-02-28');
    const refusal = expectRefusal(recordOn('2026-03-01'), 'rate-dated-beyond-next-month');
    expect(refusal.details).toEqual({ field: 'date', date: '2026-03-01', latest: '2026-02-28' });
  });

  it('is refused before the mandate, or in a closed month', () => {
    expectRefusal(recordOn('2025-12-31'), 'date-before-mandate');
    const inClosedJanuary = () =>
      recordRate(
        {
          type: 'RecordExchangeRate',
          rate: { ...rate, date: '2026-01-05' },
          confirmed: false,
          by: 'fo-1',
          at: day(10),
        },
        noRate,
        noPair,
        { ...openProcess, closedMonths: ['2026-01'] } as typeof openProcess,
      );
    expectRefusal(inClosedJanuary, 'period-closed');
  });
});

describe('what a checker reads of a day’s rate', () => {
  it('shows who recorded it, when, and whether a far move was confirmed', () => {
    expect(evolve(noRate, { type: 'ExchangeRateRecorded', data: { ...recorded, confirmed: true } })).toEqual({
      status: 'recorded',
      rate,
      confirmed: true,
      recordedBy: 'fo-1',
      recordedAt: day(1),
      superseded: [],
    });
  });
});
