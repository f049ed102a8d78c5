import { refuse } from '../errors';
import { type ExchangeRate, lessThan, type Money } from '../money';
import {
  allows,
  allowsUnit,
  available,
  type Contribution,
  type PledgedContribution,
  pledged,
} from './contribution';

/** The line money goes to, for the restriction check. */
export interface LineRef {
  readonly lineId: string;
  readonly unit: string;
}

/**
 * The rate to convert an amount into the budget currency: none when it already is in it, otherwise
 * the one recorded for that pair on that day (docs/rules.md: every conversion stores its rate and source).
 */
export function rateFor(
  amount: Money,
  budgetCurrency: string,
  rate: ExchangeRate | undefined,
): ExchangeRate | null {
  if (amount.currency === budgetCurrency) return null;
  if (!rate || rate.base !== amount.currency || rate.quote !== budgetCurrency)
    return refuse('exchange-rate-not-recorded', { base: amount.currency, quote: budgetCurrency });
  return rate;
}

export function inBudgetCurrency(source: Contribution, amount: Money): PledgedContribution {
  const open = pledged(source);
  if (amount.currency !== open.budgetCurrency)
    return refuse('source-not-in-budget-currency', {
      budgetCurrency: open.budgetCurrency,
      asked: amount.currency,
    });
  return open;
}

/** Without an override, money goes only where the donor allowed it and only up to what is available. */
export function payingFor(source: Contribution, line: LineRef, amount: Money): PledgedContribution {
  const open = inBudgetCurrency(source, amount);
  if (!allows(open.restrictions, line))
    return refuse('outside-donor-restriction', {
      contributionId: open.contributionId,
      line,
      restrictions: open.restrictions,
    });
  const left = available(open);
  if (lessThan(left, amount))
    return refuse('insufficient-funds-on-source', {
      contributionId: open.contributionId,
      available: left,
      asked: amount,
    });
  return open;
}

/**
 * The source a person's pay is drawn from: pledged, and free to pay for the line it is charged to, or,
 * for a person charged to no line, for the unit they work in. Without a line only the unit part of a
 * restriction is checked: money restricted to lines alone is not known to pay for that person, and the
 * Head, in no unit, is paid only from unrestricted money or from a line the restriction names.
 */
export function payingStaffIn(
  source: Contribution,
  unit: string | undefined,
  line?: LineRef,
): PledgedContribution {
  const open = pledged(source);
  if (!(line ? allows(open.restrictions, line) : allowsUnit(open.restrictions, unit)))
    return refuse('outside-donor-restriction', {
      contributionId: open.contributionId,
      unit: unit ?? null,
      ...(line ? { line } : {}),
      restrictions: open.restrictions,
    });
  return open;
}
