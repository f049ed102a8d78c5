import { describe, expect, it } from 'vitest';
import { compare, fraction, minus, plus, rounded, times } from './fraction';

describe('exact fractions', () => {
  it('add a third three times to exactly one', () => {
    const third = fraction(1, 3);
    expect(plus(plus(third, third), third)).toEqual(fraction(1));
  });

  it('compare exactly where floating point would not', () => {
    expect(compare(plus(fraction(1, 10), fraction(2, 10)), fraction(3, 10))).toBe(0);
    expect(compare(minus(fraction(1), times(fraction(1, 3), 3)), fraction(0))).toBe(0);
  });

  it('round half away from zero, as conversions do', () => {
    expect([fraction(5, 2), fraction(-5, 2), fraction(7, 3), fraction(-7, 3)].map(rounded)).toEqual([
      3, -3, 2, -2,
    ]);
  });
});
