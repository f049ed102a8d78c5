import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  lastDayOf,
  monthsBetween,
  overlapDays,
} from './calendar';

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

describe('months', () => {
  it('knows the length of every month, leap Februaries included', () => {
    expect(['2026-01', '2026-02', '2028-02', '2026-04', '2100-02'].map(daysInMonth)).toEqual([
      31, 28, 29, 30, 28,
    ]);
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
  });

  it('counts days and months across year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2031-11-19', '2031-12-31')).toBe(42);
    expect(addMonths('2026-01', -3)).toBe('2025-10');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('counts the days two spans share, both ends included, an open end running on', () => {
    expect(overlapDays('2026-03-01', '2026-03-31', '2026-03-11', '2026-04-30')).toBe(21);
    expect(overlapDays('2026-03-01', '2026-03-31', '2026-01-01', null)).toBe(31);
    expect(overlapDays('2026-03-01', '2026-03-31', '2026-04-01', null)).toBe(0);
  });
});
