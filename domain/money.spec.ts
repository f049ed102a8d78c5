import { describe, expect, it } from 'vitest';
import { DomainRefusal } from './errors';
import {
  add,
  convert,
  decimal,
  lessThan,
  money,
  saturated,
  saturatingAdd,
  saturatingSubtract,
  subtract,
} from './money';

describe('money', () => {
  it('adds and subtracts in integer minor units', () => {
    expect(add(money(10, 'USD'), money(20, 'USD'))).toEqual(money(30, 'USD'));
    expect(subtract(money(10, 'USD'), money(25, 'USD'))).toEqual(money(-15, 'USD'));
    expect(lessThan(money(1, 'USD'), money(2, 'USD'))).toBe(true);
  });

  it('refuses fractions of a minor unit', () => {
    expect(() => money(1.5, 'USD')).toThrow(RangeError);
  });

  it('refuses, with its own code, an amount past the integers a number holds exactly', () => {
    const largest = money(Number.MAX_SAFE_INTEGER, 'USD');
    expect(() => add(largest, money(2, 'USD'))).toThrow(DomainRefusal);
    expect(() => add(largest, money(2, 'USD'))).toThrow('amount-out-of-range');
    expect(() => subtract(money(-Number.MAX_SAFE_INTEGER, 'USD'), money(2, 'USD'))).toThrow(
      'amount-out-of-range',
    );
  });

  it('saturates in the views instead: past 2^53 a sum stays at the largest amount held exactly', () => {
    const largest = money(Number.MAX_SAFE_INTEGER, 'USD');
    expect(saturatingAdd(largest, largest)).toEqual(largest);
    expect(saturatingSubtract(money(-Number.MAX_SAFE_INTEGER, 'USD'), largest)).toEqual(
      money(-Number.MAX_SAFE_INTEGER, 'USD'),
    );
    expect(saturatingAdd(money(2, 'USD'), money(3, 'USD'))).toEqual(money(5, 'USD'));
    expect(saturated(Number.POSITIVE_INFINITY, 'USD')).toEqual(largest);
    expect(() => saturatingAdd(money(1, 'USD'), money(1, 'EUR'))).toThrow(/USD with EUR/);
  });

  it('refuses to combine two currencies', () => {
    expect(() => add(money(1, 'USD'), money(1, 'EUR'))).toThrow(/USD with EUR/);
  });
});

describe('converting at a recorded rate', () => {
  const rate = (base: string, quote: string, value: string) => ({
    base,
    quote,
    rate: value,
    date: '2026-03-01',
    source: 'UN operational rate',
  });

  it('converts minor units exactly between two-decimal currencies', () => {
    expect(convert(money(1_000_00, 'EUR'), rate('EUR', 'USD', '1.0825'))).toEqual(money(1_082_50, 'USD'));
  });

  it('honours currencies with other minor units', () => {
    expect(convert(money(10_000_00, 'USD'), rate('USD', 'KES', '129.45'))).toEqual(
      money(1_294_500_00, 'KES'),
    );
    expect(convert(money(1_000, 'JPY'), rate('JPY', 'USD', '0.0067'))).toEqual(money(6_70, 'USD'));
    expect(convert(money(1_00, 'USD'), rate('USD', 'JPY', '151.236'))).toEqual(money(151, 'JPY'));
  });

  it('rounds half away from zero to the minor unit', () => {
    expect(convert(money(1, 'EUR'), rate('EUR', 'USD', '1.5'))).toEqual(money(2, 'USD'));
    expect(convert(money(1, 'EUR'), rate('EUR', 'USD', '1.49'))).toEqual(money(1, 'USD'));
  });

  it('refuses a rate for another currency or one that is not a decimal', () => {
    expect(() => convert(money(1, 'GBP'), rate('EUR', 'USD', '1.1'))).toThrow(RangeError);
    expect(() => convert(money(1, 'EUR'), rate('EUR', 'USD', '1e3'))).toThrow(RangeError);
  });
});

describe('a decimal amount', () => {
  it('has the currency’s minor digits, a sign, and no float on the way', () => {
    expect(decimal({ amount: 5, currency: 'USD' })).toBe('0.05');
    expect(decimal({ amount: -1_234_56, currency: 'EUR' })).toBe('-1234.56');
    expect(decimal({ amount: 14_925, currency: 'JPY' })).toBe('14925');
    expect(decimal({ amount: 1_000, currency: 'KWD' })).toBe('1.000');
    expect(decimal(null)).toBe('');
  });
});
