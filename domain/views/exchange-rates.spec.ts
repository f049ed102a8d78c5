import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { foldView, storedStream } from '../../test/support/views';
import { exchangeRateSortKey, exchangeRatesProjection } from './exchange-rates';

const rate = { base: 'EUR', quote: 'USD', rate: '1.0825', date: '2026-02-01', source: 'UN operational rate' };
const recorded: EventOf<'ExchangeRateRecorded'> = {
  type: 'ExchangeRateRecorded',
  data: { rate, confirmed: false, recordedBy: 'fo-1', recordedAt: '2026-02-01T09:00:00.000Z' },
};

describe('the exchange rates list view', () => {
  it('keeps a day’s rate as it stands, a correction with the rate it superseded', () => {
    const corrected: EventOf<'ExchangeRateCorrected'> = {
      type: 'ExchangeRateCorrected',
      data: {
        rate: { ...rate, rate: '1.0852' },
        previous: rate,
        reason: 'Digits swapped',
        correctedBy: 'fa-1',
        correctedAt: '2026-02-02T09:00:00.000Z',
      },
    };
    const rows = foldView(
      exchangeRatesProjection,
      storedStream('p1#exchange-rate#EUR-USD-2026-02-01', [recorded, corrected]),
    );
    expect(rows.get(`p1#exchange-rates|${exchangeRateSortKey('EUR', 'USD', '2026-02-01')}`)).toEqual({
      ...rate,
      rate: '1.0852',
      recordedBy: 'fo-1',
      recordedAt: '2026-02-01T09:00:00.000Z',
      corrected: {
        previous: rate,
        reason: 'Digits swapped',
        correctedBy: 'fa-1',
        correctedAt: '2026-02-02T09:00:00.000Z',
      },
      version: 2,
    });
  });

  it('sorts a pair’s days together, so one pair between two days is one key range', () => {
    const keys = [
      exchangeRateSortKey('EUR', 'USD', '2026-03-01'),
      exchangeRateSortKey('GBP', 'USD', '2026-01-01'),
      exchangeRateSortKey('EUR', 'USD', '2026-01-01'),
    ].sort();
    expect(keys).toEqual([
      exchangeRateSortKey('EUR', 'USD', '2026-01-01'),
      exchangeRateSortKey('EUR', 'USD', '2026-03-01'),
      exchangeRateSortKey('GBP', 'USD', '2026-01-01'),
    ]);
  });
});
