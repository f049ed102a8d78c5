import { refuse } from './errors';

/**
 * Money as integer minor units with an ISO 4217 currency: never a float, never a bare number.
 * Arithmetic refuses to mix currencies; conversions are recorded events, not implicit here.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export const money = (amount: number, currency: string): Money => {
  if (!Number.isInteger(amount)) throw new RangeError(`money amount must be an integer, got ${amount}`);
  if (!Number.isSafeInteger(amount))
    refuse('amount-out-of-range', { currency, largest: Number.MAX_SAFE_INTEGER });
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

/**
 * Views fold what the store accepted and must never stop on it (a row that no longer updates, a
 * rebuild that fails), so their arithmetic saturates: past 2^53 a figure stays at ±(2^53 − 1), the
 * nearest amount a number and the table hold exactly. Commands keep `add` and `subtract`, which refuse
 * there; a request is bounded by its line's allocation, so accepted commands stay far below.
 */
export const saturated = (amount: number, currency: string): Money => {
  // Beyond every finite number (a forecast's fraction of fractions) it saturates too.
  if (!Number.isInteger(amount) && Math.abs(amount) !== Number.POSITIVE_INFINITY)
    throw new RangeError(`money amount must be an integer, got ${amount}`);
  return { amount: Math.min(Math.max(amount, -Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER), currency };
};

export const saturatingAdd = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return saturated(a.amount + b.amount, a.currency);
};

export const saturatingSubtract = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return saturated(a.amount - b.amount, a.currency);
};

export const lessThan = (a: Money, b: Money): boolean => {
  sameCurrency(a, b);
  return a.amount < b.amount;
};

/** Digits after the decimal point in a currency's minor unit (USD 2, JPY 0, KWD 3), from ICU's data. */
export const minorUnitDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Minor units as a plain decimal ("43300.00"), without floats: a number to a spreadsheet, an IATI `value`. */
export function decimal(money: Money | null): string {
  if (!money) return '';
  const digits = minorUnitDigits(money.currency);
  const sign = money.amount < 0 ? '-' : '';
  const units = String(Math.abs(money.amount)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/** A recorded exchange rate: units of the quote currency for one unit of the base currency. */
export interface ExchangeRate {
  readonly base: string;
  readonly quote: string;
  /** A decimal string such as "129.4500": never a float, so the stored rate is the rate used. */
  readonly rate: string;
  readonly date: string;
  readonly source: string;
}

const RATE = /^(\d{1,12})(?:\.(\d{1,10}))?$/;

/** A rate's decimal as an integer and its digits after the point: "1.0825" is 10825 and 4. */
export function scaledRate(rate: string): { readonly scaled: bigint; readonly digits: number } {
  const parts = RATE.exec(rate);
  if (!parts) throw new RangeError(`rate ${rate} is not a positive decimal`);
  const fraction = parts[2] ?? '';
  return { scaled: BigInt(`${parts[1]}${fraction}`), digits: fraction.length };
}

/**
 * Converts at a recorded rate in integer arithmetic; the result is rounded half away from zero to
 * the quote currency's minor unit, the usual rule for a single conversion.
 */
export function convert(amount: Money, rate: ExchangeRate): Money {
  if (amount.currency !== rate.base)
    throw new RangeError(`rate ${rate.base}/${rate.quote} cannot convert ${amount.currency}`);
  const { scaled, digits } = scaledRate(rate.rate);
  const shift = minorUnitDigits(rate.quote) - minorUnitDigits(rate.base) - digits;
  let numerator = BigInt(amount.amount) * scaled;
  let denominator = 1n;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator = 10n ** BigInt(-shift);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return money(Number(negative ? -rounded : rounded), rate.quote);
}
