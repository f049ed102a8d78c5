import { describe, expect, it } from 'vitest';
import { day } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { inContributionCurrency } from '../audit/contribution-currency';
import { evolve as evolvePair, initialState as noPair } from '../currency-pair/currency-pair';
import { evolve as evolveProcess } from '../process/process';
import { type CorrectExchangeRate, exchangeRate } from './decide';
import { evolve, initialState as noRate } from './exchange-rate';
import { correctRate } from './workflows';

/** EUR/USD for 2 February was typed 11.0 for 1.10: an approver supersedes it, with the reason. */
const given = specFor(exchangeRate);
const typed = { base: 'EUR', quote: 'USD', rate: '11.0', date: '2026-02-02', source: 'UN operational rate' };
const right = { ...typed, rate: '1.10' };
const recorded = {
  type: 'ExchangeRateRecorded' as const,
  data: { rate: typed, confirmed: true, recordedBy: 'fo-1', recordedAt: '2026-02-02T09:00:00.000Z' },
};
const correct = (o: Partial<CorrectExchangeRate> = {}): CorrectExchangeRate => ({
  type: 'CorrectExchangeRate',
  rate: right,
  reason: 'Decimal point misplaced',
  by: 'fa-1',
  at: '2026-02-03T09:00:00.000Z',
  ...o,
});
const corrected = {
  type: 'ExchangeRateCorrected' as const,
  data: {
    rate: right,
    previous: typed,
    reason: 'Decimal point misplaced',
    correctedBy: 'fa-1',
    correctedAt: '2026-02-03T09:00:00.000Z',
  },
};

describe('correcting an exchange rate', () => {
  it('supersedes the day’s rate, naming the one it supersedes and why', () => {
    given([recorded]).when(correct()).then([corrected]);
  });

  it('is the rate later conversions read, the superseded one still listed', () => {
    expect([recorded, corrected].reduce(evolve, noRate)).toEqual({
      status: 'recorded',
      rate: right,
      confirmed: true,
      recordedBy: 'fo-1',
      recordedAt: recorded.data.recordedAt,
      superseded: [
        {
          rate: typed,
          reason: 'Decimal point misplaced',
          correctedBy: 'fa-1',
          correctedAt: corrected.data.correctedAt,
        },
      ],
    });
  });

  it('is refused for a day with no rate, or when it changes nothing', () => {
    given([]).when(correct()).thenRefuses('exchange-rate-not-found');
    given([recorded])
      .when(correct({ rate: typed }))
      .thenRefuses('correction-changes-nothing');
  });

  it('moves the pair’s last rate when it was this day’s, without asking to confirm the move', () => {
    const pair = evolvePair(noPair, {
      type: 'CurrencyPairRateSet',
      data: { rate: typed, setBy: 'fo-1', setAt: day(2) },
    });
    const day2 = evolve(noRate, recorded);
    expect(correctRate(correct(), day2, pair, openProcess).pair).toEqual([
      {
        type: 'CurrencyPairRateSet',
        data: { rate: right, setBy: 'fa-1', setAt: '2026-02-03T09:00:00.000Z' },
      },
    ]);
    const laterLast = evolvePair(pair, {
      type: 'CurrencyPairRateSet',
      data: { rate: { ...right, date: '2026-02-05' }, setBy: 'fo-1', setAt: day(35) },
    });
    expect(correctRate(correct(), day2, laterLast, openProcess).pair).toEqual([]);
  });

  it('is refused for a day in a closed month: that month’s reports used the rate as it was', () => {
    const februaryClosed = evolveProcess(openProcess, {
      type: 'PeriodClosed',
      data: { month: '2026-02', proposedBy: 'fo-1', closedBy: 'fa-1', closedAt: '2026-03-02T09:00:00.000Z' },
    });
    const at = '2026-03-03T09:00:00.000Z';
    expectRefusal(
      () => correctRate(correct({ at }), evolve(noRate, recorded), noPair, februaryClosed),
      'period-closed',
    );
  });

  it('shows a payment recorded after it at the corrected rate in the audit report; one before keeps the old', () => {
    const ref = (type: string, version: number) => ({
      streamId: 'p1#exchange-rate#EUR-USD-2026-02-02',
      version,
      type,
      hash: 'h'.repeat(64),
    });
    const payment = {
      budgetAmount: { amount: 1_100_00, currency: 'USD' },
      requested: { amount: 1_100_00, currency: 'USD' },
      requestRate: null,
      valueDate: '2026-02-04',
    };
    const before = [{ rate: typed, event: ref('ExchangeRateRecorded', 1) }];
    const after = [...before, { rate: right, event: ref('ExchangeRateCorrected', 2) }];
    expect(inContributionCurrency(payment, 'EUR', before)).toMatchObject({
      amount: { amount: 100_00, currency: 'EUR' },
    });
    expect(inContributionCurrency(payment, 'EUR', after)).toMatchObject({
      amount: { amount: 1_000_00, currency: 'EUR' },
      recorded: { event: { type: 'ExchangeRateCorrected' } },
    });
  });
});
