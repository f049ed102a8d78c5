import { add, type Money, subtract, zero } from '../money';

/**
 * An amount in the budget currency and in the contribution's own currency. The second is null when it
 * cannot be shown (see `inContributionCurrency`), and stays null in any sum it enters.
 */
export interface Amounts {
  readonly budget: Money;
  readonly contribution: Money | null;
}

export const noAmounts = (budgetCurrency: string, contributionCurrency: string): Amounts => ({
  budget: zero(budgetCurrency),
  contribution: zero(contributionCurrency),
});

const both = (a: Amounts, b: Amounts, op: (x: Money, y: Money) => Money): Amounts => ({
  budget: op(a.budget, b.budget),
  contribution: a.contribution && b.contribution ? op(a.contribution, b.contribution) : null,
});

export const plus = (a: Amounts, b: Amounts): Amounts => both(a, b, add);
export const minus = (a: Amounts, b: Amounts): Amounts => both(a, b, subtract);
