/**
 * Exact fractions of minor units, in BigInt: a burn rate is a third of three months' spend and a
 * day is a 28th to 31st of a month, so a forecast works on fractions and rounds only what it shows.
 */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function fraction(numerator: bigint | number, denominator: bigint | number = 1n): Fraction {
  let [n, d] = [BigInt(numerator), BigInt(denominator)];
  if (d === 0n) throw new RangeError('a fraction cannot have a zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { numerator: n / divisor, denominator: d / divisor };
}

export const ZERO = fraction(0n);

export const plus = (a: Fraction, b: Fraction): Fraction =>
  fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);

export const minus = (a: Fraction, b: Fraction): Fraction =>
  plus(a, { numerator: -b.numerator, denominator: b.denominator });

export const times = (a: Fraction, n: bigint | number, d: bigint | number = 1n): Fraction =>
  fraction(a.numerator * BigInt(n), a.denominator * BigInt(d));

/** Negative, zero or positive as a is below, equal to or above b. */
export const compare = (a: Fraction, b: Fraction): number => {
  const difference = minus(a, b).numerator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
};

export const max = (a: Fraction, b: Fraction): Fraction => (compare(a, b) >= 0 ? a : b);

/** To whole minor units, half away from zero: the rule `convert` in domain/money.ts uses too. */
export function rounded(value: Fraction): number {
  const { numerator, denominator } = value;
  const magnitude = numerator < 0n ? -numerator : numerator;
  const whole = (magnitude * 2n + denominator) / (denominator * 2n);
  return Number(numerator < 0n ? -whole : whole);
}
