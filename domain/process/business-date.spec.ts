import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { dayIn } from '../calendar';
import { businessDate } from './business-date';
import { initialState as noProcess, type Process } from './process';

const inNairobi: Process = { ...openProcess, timeZone: 'Africa/Nairobi' } as Process;

describe('the day of recording, where the secretariat works', () => {
  it('is the day in the process’s time zone, not in UTC', () => {
    // 22:30 UTC is 01:30 the next morning in Nairobi (UTC+3).
    expect(dayIn('2026-03-01T22:30:00.000Z', 'Africa/Nairobi')).toBe('2026-03-02');
    expect(dayIn('2026-03-01T22:30:00.000Z', 'UTC')).toBe('2026-03-01');
    expect(dayIn('2026-03-02T02:00:00.000Z', 'America/Bogota')).toBe('2026-03-01');
  });
});

describe('a business date', () => {
  it('may be any day from the mandate start to today: a late entry is normal', () => {
    expect(() => businessDate(openProcess, '2026-03-02T09:00:00.000Z', 'paidOn', '2026-02-28')).not.toThrow();
    expect(() => businessDate(openProcess, '2026-03-02T09:00:00.000Z', 'paidOn', '2026-03-02')).not.toThrow();
    expect(() => businessDate(openProcess, '2026-03-02T09:00:00.000Z', 'paidOn', '2026-01-01')).not.toThrow();
  });

  it('is refused after today, naming the field and today', () => {
    const refusal = expectRefusal(
      () => businessDate(openProcess, '2026-03-02T09:00:00.000Z', 'paidOn', '2028-03-01'),
      'date-after-today',
    );
    expect(refusal.details).toEqual({
      field: 'paidOn',
      date: '2028-03-01',
      today: '2026-03-02',
      timeZone: 'UTC',
    });
  });

  it('counts today where the process works: tomorrow in UTC may already be today in Nairobi', () => {
    const lateEvening = '2026-03-01T22:30:00.000Z';
    expect(() => businessDate(inNairobi, lateEvening, 'receivedOn', '2026-03-02')).not.toThrow();
    expectRefusal(
      () => businessDate(openProcess, lateEvening, 'receivedOn', '2026-03-02'),
      'date-after-today',
    );
  });

  it('is refused before the mandate started', () => {
    const refusal = expectRefusal(
      () => businessDate(openProcess, '2026-03-02T09:00:00.000Z', 'paidOn', '2019-03-01'),
      'date-before-mandate',
    );
    expect(refusal.details).toEqual({ field: 'paidOn', date: '2019-03-01', mandateStart: '2026-01-01' });
  });

  it('needs an open process', () => {
    expectRefusal(
      () => businessDate(noProcess, '2026-03-02T09:00:00.000Z', 'paidOn', '2026-02-01'),
      'process-not-found',
    );
  });
});
