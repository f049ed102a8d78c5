import { describe, expect, it } from 'vitest';
import { add, lessThan, money, subtract } from './money';

describe('money', () => {
  it('adds and subtracts in integer minor units', () => {
    expect(add(money(10, 'USD'), money(20, 'USD'))).toEqual(money(30, 'USD'));
    expect(subtract(money(10, 'USD'), money(25, 'USD'))).toEqual(money(-15, 'USD'));
    expect(lessThan(money(1, 'USD'), money(2, 'USD'))).toBe(true);
  });

  it('refuses fractions of a minor unit', () => {
    expect(() => money(1.5, 'USD')).toThrow(RangeError);
  });

  it('refuses to combine two currencies', () => {
    expect(() => add(money(1, 'USD'), money(1, 'EUR'))).toThrow(/USD with EUR/);
  });
});
