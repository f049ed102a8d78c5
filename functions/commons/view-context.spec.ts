import { describe, expect, it } from 'vitest';
import { viewContextOf } from './view-context';

const now = '2032-05-10T23:59:59.999Z';

describe('the view context', () => {
  it('judges against the clock’s day (UTC) for the current view', () => {
    expect(viewContextOf({}, now)).toEqual({ today: '2032-05-10', asOf: null });
  });

  it('judges against the day asked, else the day the view is computed as of', () => {
    expect(viewContextOf({ today: '2032-01-31' }, now)).toEqual({ today: '2032-01-31', asOf: null });
    expect(viewContextOf({ asOf: '2032-03-31' }, now)).toEqual({ today: '2032-03-31', asOf: '2032-03-31' });
    expect(viewContextOf({ asOf: '2032-03-31', today: '2032-04-01' }, now)).toEqual({
      today: '2032-04-01',
      asOf: '2032-03-31',
    });
  });
});
