import { describe, expect, it } from 'vitest';
import { refundedShare } from './payment-amounts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('a partial reversal in the contribution’s currency', () => {
  // Paid USD 2,200.00, shown as EUR 2,000.00; refunded as USD 733.33, 733.33 and 733.34.
  const paid = { budget: usd(2_200_00), contribution: eur(2_000_00) };

  it('is its share of the payment’s amount there, the parts adding up to exactly the payment', () => {
    const parts = [
      refundedShare(paid, usd(0), usd(733_33)),
      refundedShare(paid, usd(733_33), usd(1_466_66)),
      refundedShare(paid, usd(1_466_66), usd(2_200_00)),
    ];
    expect(parts).toEqual([eur(666_66), eur(666_67), eur(666_67)]);
  });

  it('cannot be shown when its payment could not (no rate)', () => {
    expect(refundedShare({ budget: usd(2_200_00), contribution: null }, usd(0), usd(100_00))).toBeNull();
  });
});
