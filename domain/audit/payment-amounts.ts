import { type Money, money, subtract } from '../money';
import type { Book } from './books';
import {
  type ContributionConversion,
  inContributionCurrency,
  type RecordedRate,
} from './contribution-currency';
import type { Stored, Trail } from './trails';

/** A payment's (or its reversal's) amount in the budget currency, recorded on it or on its request. */
export const budgetAmountOf = (
  trail: Trail,
  event: Stored<'DisbursementPaid'> | Stored<'DisbursementReversed'>,
): Money => {
  const amount = event.data.budgetAmount ?? trail.requested?.data.budgetAmount;
  if (!amount) throw new Error(`disbursement ${event.data.disbursementId} has no budget amount`);
  return amount;
};

/** What a payment took from the contribution, in the contribution's own currency. */
export function conversionOf(
  trail: Trail,
  paid: Stored<'DisbursementPaid'>,
  book: Book,
  rates: readonly RecordedRate[],
): ContributionConversion {
  const requested = trail.requested;
  if (!requested) throw new Error(`disbursement ${paid.data.disbursementId} paid without a request`);
  return inContributionCurrency(
    {
      budgetAmount: budgetAmountOf(trail, paid),
      requested: requested.data.amount,
      requestRate: requested.data.rate,
      valueDate: paid.data.paidOn,
    },
    book.terms.pledged.currency,
    rates,
  );
}

/**
 * A refund's share of what its payment took from the contribution, at the payment's rates: the share
 * of all that had come back after it less the share before it, so refunds in parts add up to exactly
 * the payment's amount. Null when the payment's could not be shown (no rate).
 */
export function refundedShare(
  paid: { readonly budget: Money; readonly contribution: Money | null },
  before: Money,
  after: Money,
): Money | null {
  const { budget, contribution } = paid;
  if (!contribution || budget.amount === 0) return contribution;
  const share = (refunded: Money) =>
    money(
      Number(
        (BigInt(contribution.amount) * BigInt(refunded.amount) * 2n + BigInt(budget.amount)) /
          (BigInt(budget.amount) * 2n),
      ),
      contribution.currency,
    );
  return subtract(share(after), share(before));
}
