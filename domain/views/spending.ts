import { monthOf } from '../calendar';
import { type Money, saturatingAdd, saturatingSubtract, zero } from '../money';

/**
 * What was paid and reversed each month (`YYYY-MM`), in the budget currency, by value date: a payment
 * counts in the month of its `paidOn`, a reversal in the month of its `reversedOn` (the day the money
 * came back), not back in the payment's month, whenever either was typed in.
 */
export type Spending = Readonly<Record<string, { readonly paid: Money; readonly reversed: Money }>>;

export interface MonthSpend {
  readonly month: string;
  readonly paid: Money;
  readonly reversed: Money;
  /** paid − reversed: negative in a month that reversed more than it paid. */
  readonly spent: Money;
}

const month = (spending: Spending, key: string, currency: string) =>
  spending[key] ?? { paid: zero(currency), reversed: zero(currency) };

export function recordPayment(spending: Spending, paidOn: string, amount: Money): Spending {
  const key = monthOf(paidOn);
  const current = month(spending, key, amount.currency);
  return { ...spending, [key]: { ...current, paid: saturatingAdd(current.paid, amount) } };
}

export function recordReversal(spending: Spending, reversedOn: string, amount: Money): Spending {
  const key = monthOf(reversedOn);
  const current = month(spending, key, amount.currency);
  return { ...spending, [key]: { ...current, reversed: saturatingAdd(current.reversed, amount) } };
}

/** Month by month, oldest first. */
export const monthsOf = (spending: Spending): MonthSpend[] =>
  Object.entries(spending)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { paid, reversed }]) => ({
      month: key,
      paid,
      reversed,
      spent: saturatingSubtract(paid, reversed),
    }));

/** Net spend over the given months. */
export const spentIn = (spending: Spending, months: readonly string[], currency: string): Money =>
  months.reduce((sum, key) => {
    const { paid, reversed } = month(spending, key, currency);
    return saturatingAdd(sum, saturatingSubtract(paid, reversed));
  }, zero(currency));

/** Several rows' spending as one, month by month (a unit's lines, or every line of the budget). */
export function combined(all: readonly Spending[]): Spending {
  const merged: Record<string, { paid: Money; reversed: Money }> = {};
  for (const spending of all)
    for (const [key, { paid, reversed }] of Object.entries(spending)) {
      const current = merged[key];
      merged[key] = current
        ? { paid: saturatingAdd(current.paid, paid), reversed: saturatingAdd(current.reversed, reversed) }
        : { paid, reversed };
    }
  return merged;
}
