import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { combined, monthsOf, recordPayment, recordReversal, spentIn } from './spending';

describe('spending by month', () => {
  it('counts a payment in the month of its paidOn, and a reversal in the month it was recorded', () => {
    // Paid 1,200.00 on 30 Jan, reversed on 3 Feb: January keeps its 1,200.00; February spends −1,200.00.
    const spending = recordReversal(
      recordPayment({}, '2026-01-30', usd(1_200_00)),
      '2026-02-03T10:00:00.000Z',
      usd(1_200_00),
    );
    expect(monthsOf(spending)).toEqual([
      { month: '2026-01', paid: usd(1_200_00), reversed: usd(0), spent: usd(1_200_00) },
      { month: '2026-02', paid: usd(0), reversed: usd(1_200_00), spent: usd(-1_200_00) },
    ]);
  });

  it('nets the months asked for, and the months of several rows together', () => {
    const a = recordPayment(recordPayment({}, '2026-01-05', usd(100_00)), '2026-03-05', usd(300_00));
    const b = recordReversal(
      recordPayment({}, '2026-01-20', usd(50_00)),
      '2026-02-01T00:00:00.000Z',
      usd(50_00),
    );
    // January 100.00 + 50.00, February −50.00, March 300.00.
    expect(spentIn(combined([a, b]), ['2026-01', '2026-02'], 'USD')).toEqual(usd(100_00));
    expect(monthsOf(combined([a, b])).map((m) => [m.month, m.spent.amount])).toEqual([
      ['2026-01', 150_00],
      ['2026-02', -50_00],
      ['2026-03', 300_00],
    ]);
  });
});
