import { describe, expect, it } from 'vitest';
import { convertBack, inContributionCurrency, type RecordedRate } from './contribution-currency';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const jpy = (amount: number) => ({ amount, currency: 'JPY' });
const rate = (base: string, quote: string, value: string, date: string) => ({
  base,
  quote,
  rate: value,
  date,
  source: 'UN operational rate of exchange',
});
const recorded = (r: ReturnType<typeof rate>, version = 1): RecordedRate => ({
  rate: r,
  event: {
    streamId: `p1#exchange-rate#${r.base}-${r.quote}-${r.date}`,
    version,
    type: 'ExchangeRateRecorded',
    hash: 'h'.repeat(64),
  },
});

describe('converting back from the budget currency', () => {
  it('divides by the rate and rounds half away from zero to the base currency’s minor unit', () => {
    // USD 1,082.50 ÷ 1.0825 = EUR 1,000.00 exactly; USD 10,000.00 ÷ 1.0825 = 9,237.875… → 9,237.88.
    expect(convertBack(usd(1_082_50), rate('EUR', 'USD', '1.0825', '2026-01-10'))).toEqual(eur(1_000_00));
    expect(convertBack(usd(10_000_00), rate('EUR', 'USD', '1.0825', '2026-01-10'))).toEqual(eur(9_237_88));
    // JPY has no minor unit: USD 100.00 ÷ 0.0067 = JPY 14,925.37… → 14,925.
    expect(convertBack(usd(100_00), rate('JPY', 'USD', '0.0067', '2026-01-10'))).toEqual(jpy(14_925));
  });

  it('refuses an amount that is not in the rate’s quote currency', () => {
    expect(() => convertBack(eur(1), rate('EUR', 'USD', '1.1', '2026-01-10'))).toThrow(RangeError);
  });
});

describe('a payment in the contribution’s currency', () => {
  const payment = {
    budgetAmount: usd(5_500_00),
    requested: usd(5_500_00),
    requestRate: null,
    valueDate: '2026-03-07',
  };
  const january = recorded(rate('EUR', 'USD', '1.0825', '2026-01-10'));
  const february = recorded(rate('EUR', 'USD', '1.10', '2026-02-01'));
  const april = recorded(rate('EUR', 'USD', '1.25', '2026-04-01'));

  it('is the budget amount itself when the contribution is in the budget currency', () => {
    expect(inContributionCurrency(payment, 'USD', [january])).toEqual({
      rule: 'same-currency',
      amount: usd(5_500_00),
      rate: null,
    });
  });

  it('is the requested amount when requested in the contribution’s currency, at the request’s rate', () => {
    const requestRate = rate('EUR', 'USD', '1.10', '2026-02-01');
    const inEuros = { ...payment, budgetAmount: usd(2_200_00), requested: eur(2_000_00), requestRate };
    expect(inContributionCurrency(inEuros, 'EUR', [january])).toEqual({
      rule: 'request',
      amount: eur(2_000_00),
      rate: requestRate,
    });
  });

  it('uses the rate dated latest on or before the value date', () => {
    // USD 5,500.00 ÷ 1.10 = EUR 5,000.00 (February's rate; January's is older, April's is after 7 Mar).
    expect(inContributionCurrency(payment, 'EUR', [january, february, april])).toMatchObject({
      rule: 'recorded',
      amount: eur(5_000_00),
      rate: february.rate,
      recorded: february,
    });
  });

  it('uses the earliest later rate when none is dated on or before the value date', () => {
    // USD 5,500.00 ÷ 1.25 = EUR 4,400.00.
    expect(inContributionCurrency(payment, 'EUR', [april])).toMatchObject({
      amount: eur(4_400_00),
      rate: april.rate,
    });
  });

  it('accepts the pair recorded the other way round, multiplying instead', () => {
    // USD 5,500.00 × 0.9 = EUR 4,950.00.
    const inverse = recorded(rate('USD', 'EUR', '0.9', '2026-03-01'));
    expect(inContributionCurrency(payment, 'EUR', [inverse])).toMatchObject({ amount: eur(4_950_00) });
  });

  it('is null when no rate for the pair was ever recorded', () => {
    const other = recorded(rate('GBP', 'USD', '1.3', '2026-03-01'));
    expect(inContributionCurrency(payment, 'EUR', [other])).toEqual({
      rule: 'no-rate',
      amount: null,
      rate: null,
    });
  });
});
