import { describe, expect, it } from 'vitest';
import { viewContextOf } from './view-context';

const now = '2032-05-10T23:59:59.999Z';

describe('the view context', () => {
  it('reads the current view from the read models, judged against the clock’s day (UTC)', () => {
    expect(viewContextOf({}, now)).toEqual({ today: '2032-05-10', asOf: null, knownAt: null });
  });

  it('judges against the day asked, else the business date', () => {
    expect(viewContextOf({ today: '2032-01-31' }, now)).toMatchObject({ today: '2032-01-31', asOf: null });
    expect(viewContextOf({ asOf: '2032-03-31' }, now)).toMatchObject({
      today: '2032-03-31',
      asOf: '2032-03-31',
    });
    expect(viewContextOf({ asOf: '2032-03-31', today: '2032-04-01' }, now)).toMatchObject({
      today: '2032-04-01',
      asOf: '2032-03-31',
    });
  });

  it('names the instant the log is read as of: the one asked, else the request’s at a business date', () => {
    expect(viewContextOf({ asOf: '2032-03-31' }, now)).toMatchObject({ knownAt: now });
    const knownAt = '2032-04-01T12:00:00.000Z';
    expect(viewContextOf({ asOf: '2032-03-31', knownAt }, now)).toMatchObject({ knownAt });
    expect(viewContextOf({ knownAt }, now)).toEqual({ today: '2032-05-10', asOf: null, knownAt });
  });

  it('reads a bare date as known at the end of that day (UTC)', () => {
    expect(viewContextOf({ knownAt: '2032-04-01' }, now)).toMatchObject({
      knownAt: '2032-04-01T23:59:59.999Z',
    });
  });
});
