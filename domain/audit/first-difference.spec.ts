import { describe, expect, it } from 'vitest';
import { firstDifference } from './first-difference';

describe('the first difference between two documents', () => {
  it('is undefined when they are equal, whatever the key order', () => {
    expect(firstDifference({ a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 })).toBeUndefined();
  });

  it('names the path of the first value that differs, missing or extra', () => {
    const derived = { donorId: 'eu', entries: [{ payee: 'A' }, { payee: 'B' }] };
    expect(firstDifference({ donorId: 'eu', entries: [{ payee: 'A' }, { payee: 'C' }] }, derived)).toBe(
      'entries[1].payee',
    );
    expect(firstDifference({ donorId: 'eu', entries: [{ payee: 'A' }] }, derived)).toBe('entries[1]');
    expect(firstDifference({ ...derived, extra: true }, derived)).toBe('extra');
    expect(firstDifference('x', { a: 1 })).toBe('(document)');
  });
});
