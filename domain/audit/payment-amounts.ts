import type { Money } from '../money';
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
