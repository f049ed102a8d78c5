/**
 * Money as integer minor units with an ISO 4217 currency: never a float, never a bare number.
 * Arithmetic refuses to mix currencies; conversions are recorded events, not implicit here.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export const money = (amount: number, currency: string): Money => {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`money amount must be an integer, got ${amount}`);
  return { amount, currency };
};

export const zero = (currency: string): Money => money(0, currency);

const sameCurrency = (a: Money, b: Money): void => {
  if (a.currency !== b.currency) throw new RangeError(`cannot combine ${a.currency} with ${b.currency}`);
};

export const add = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
};

export const subtract = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
};

export const lessThan = (a: Money, b: Money): boolean => {
  sameCurrency(a, b);
  return a.amount < b.amount;
};
