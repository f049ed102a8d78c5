import type { Money } from '../../money';

/**
 * The UN MPTF delivery rate, spent ÷ transferred, as a percentage with two decimals ("61.54"), in
 * integer arithmetic rounded half up; null while nothing has been transferred.
 */
export function deliveryRate(spent: Money, transferred: Money): string | null {
  if (spent.currency !== transferred.currency)
    throw new RangeError(`cannot divide ${spent.currency} by ${transferred.currency}`);
  if (transferred.amount <= 0) return null;
  const basisPoints =
    (BigInt(spent.amount) * 20_000n + BigInt(transferred.amount)) / (2n * BigInt(transferred.amount));
  const sign = basisPoints < 0n ? '-' : '';
  const magnitude = basisPoints < 0n ? -basisPoints : basisPoints;
  return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}
