import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar';

describe('counting days', () => {
  it('counts whole days across month ends and a leap day', () => {
    // January 31 + February 28 + March 31 + April 30 = 120
    expect(daysBetween('2026-01-01', '2026-05-01')).toBe(120);
    // 2028 is a leap year: February has 29 days
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-02', '2026-01-01')).toBe(-60);
  });

  it('adds days to a date, the inverse of counting them', () => {
    expect(addDays('2026-01-01', 120)).toBe('2026-05-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => daysBetween('2026-01-01', 'soon')).toThrow(RangeError);
  });
});
