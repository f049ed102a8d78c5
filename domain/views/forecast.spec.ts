import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { burnWindow, type ForecastInput, forecast } from './forecast';
import type { PersonnelCost } from './personnel';
import { recordPayment, recordReversal, type Spending } from './spending';

const person = (id: string, monthly: number, from: string, to: string): PersonnelCost => ({
  id,
  person: { personId: id, name: id },
  fundingSourceId: 'gov',
  lineId: null,
  monthlyCost: usd(monthly),
  from,
  to,
});

const paidIn = (...payments: [string, number][]): Spending =>
  payments.reduce<Spending>((spending, [paidOn, amount]) => recordPayment(spending, paidOn, usd(amount)), {});

const input = (o: Partial<ForecastInput>): ForecastInput => ({
  today: '2026-06-30',
  mandateEnd: '2026-12-31',
  available: usd(40_000_00),
  spending: {},
  personnel: [],
  ...o,
});

describe('the burn rate', () => {
  it('is measured over the three whole months before today’s month', () => {
    expect(burnWindow('2026-06-15')).toEqual({
      from: '2026-03-01',
      to: '2026-05-31',
      months: ['2026-03', '2026-04', '2026-05'],
    });
    expect(burnWindow('2027-01-01').months).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('is the window’s net spend divided by three, leaving out the current month and earlier ones', () => {
    const spending = recordReversal(
      paidIn(
        ['2026-02-27', 9_999_00],
        ['2026-03-10', 9_000_00],
        ['2026-04-12', 12_000_00],
        ['2026-06-02', 7_777_00],
      ),
      '2026-05-20T09:00:00.000Z',
      usd(1_000_00),
    );
    const result = forecast(input({ today: '2026-06-15', spending }));
    // March 9,000.00 + April 12,000.00 + May −1,000.00 (a reversal) = 20,000.00; ÷ 3 = 6,666.666…
    expect(result.spentInWindow).toEqual(usd(20_000_00));
    expect(result.burnRate).toEqual(usd(6_666_67));
  });
});

describe('the forecast of when money runs out', () => {
  /**
   * The worked example of docs/rules.md. Today 2026-06-30, the mandate ends 2026-12-31, 40,000.00 available.
   * Paid: April 12,000.00, May 15,000.00, so 27,000.00 in the window (March–May) and a burn rate of
   * 9,000.00. Personnel on this source: the Head at 6,000.00 a month all year, and the process's half of
   * a secondee's 2,000.00 (1,000.00) from March to September: 21,000.00 in the window. Other spending:
   * (27,000.00 − 21,000.00) ÷ 3 = 2,000.00 a month. Outflow: July–September 2,000 + 6,000 + 1,000 =
   * 9,000.00 a month, October–December 8,000.00. By 31 October 35,000.00 is gone; November spends
   * 8,000.00 ÷ 30 a day: 18 days take 4,800.00 (39,800.00), the 19th reaches 40,066.67.
   */
  const workedExample = input({
    spending: paidIn(['2026-04-12', 12_000_00], ['2026-05-05', 15_000_00]),
    personnel: [
      person('head', 6_000_00, '2026-01-01', '2026-12-31'),
      person('secondee', 1_000_00, '2026-03-01', '2026-09-30'),
    ],
  });

  it('takes personnel out of the burn rate and adds them back month by month as their contracts run', () => {
    expect(forecast(workedExample)).toEqual({
      available: usd(40_000_00),
      spentInWindow: usd(27_000_00),
      burnRate: usd(9_000_00),
      personnelInWindow: usd(21_000_00),
      otherSpendingRate: usd(2_000_00),
      personnelByMonth: [
        { month: '2026-07', cost: usd(7_000_00) },
        { month: '2026-08', cost: usd(7_000_00) },
        { month: '2026-09', cost: usd(7_000_00) },
        { month: '2026-10', cost: usd(6_000_00) },
        { month: '2026-11', cost: usd(6_000_00) },
        { month: '2026-12', cost: usd(6_000_00) },
      ],
      runsOutOn: '2026-11-19',
      daysBeforeMandateEnd: 42, // 11 days left in November + 31 in December
      balanceAtMandateEnd: usd(-11_000_00), // 40,000.00 − (3 × 9,000.00 + 3 × 8,000.00)
    });
  });

  it('runs out on the day the outflow reaches exactly what is available', () => {
    // 3,100.00 a month in July is 100.00 a day: 1,000.00 is gone at the end of 10 July.
    const result = forecast(
      input({
        available: usd(1_000_00),
        spending: paidIn(['2026-05-10', 9_300_00]),
        mandateEnd: '2026-07-31',
      }),
    );
    expect(result.runsOutOn).toBe('2026-07-10');
    expect(result.daysBeforeMandateEnd).toBe(21);
  });

  it('counts only the days after today in the current month', () => {
    // 3,000.00 a month; 21 to 30 June is 10 of 30 days: 1,000.00, which is all there is.
    const result = forecast(
      input({
        today: '2026-06-20',
        available: usd(1_000_00),
        spending: paidIn(['2026-03-10', 9_000_00]),
      }),
    );
    expect(result.runsOutOn).toBe('2026-06-30');
  });

  it('says what is left at the mandate’s end when the money lasts', () => {
    const result = forecast(
      input({ available: usd(100_000_00), spending: paidIn(['2026-05-05', 30_000_00]) }),
    );
    // 10,000.00 a month for six months.
    expect(result).toMatchObject({
      runsOutOn: null,
      daysBeforeMandateEnd: null,
      balanceAtMandateEnd: usd(40_000_00),
    });
  });

  it('never counts the other spending below zero when personnel cost more than was paid', () => {
    const result = forecast(
      input({
        available: usd(100_000_00),
        spending: paidIn(['2026-05-05', 3_000_00]),
        personnel: [person('head', 6_000_00, '2026-01-01', '2026-12-31')],
      }),
    );
    // (3,000.00 − 18,000.00) ÷ 3 is below zero: only the Head's 6,000.00 a month goes out.
    expect(result).toMatchObject({ otherSpendingRate: usd(0), balanceAtMandateEnd: usd(64_000_00) });
  });

  it('has run out today when nothing is available', () => {
    expect(forecast(input({ available: usd(-50_00) }))).toMatchObject({
      runsOutOn: '2026-06-30',
      daysBeforeMandateEnd: 184,
      balanceAtMandateEnd: usd(-50_00),
    });
  });

  it('has nothing to forecast once the mandate has ended', () => {
    const result = forecast(input({ today: '2027-01-15', spending: paidIn(['2026-12-01', 9_000_00]) }));
    expect(result).toMatchObject({
      personnelByMonth: [],
      runsOutOn: null,
      balanceAtMandateEnd: usd(40_000_00),
    });
  });
});
