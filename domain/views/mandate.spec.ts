import { describe, expect, it } from 'vitest';
import { defaultUnits } from '../../events/catalog/process';
import { foldView, storedStream } from '../../test/support/views';
import { mandateProjection } from './mandate';

describe('the mandate view', () => {
  it('keeps the mandate start, and its end after each extension', () => {
    const events = storedStream('p1#process#p1', [
      {
        type: 'ProcessOpened',
        data: {
          processId: 'p1',
          name: 'Constitution Review Commission',
          country: 'KE',
          mandateStart: '2026-01-01',
          mandateEnd: '2027-06-30',
          budgetCurrency: 'USD',
          reviewCadenceMonths: 3,
          timeZone: 'UTC',
          units: [...defaultUnits],
          openedBy: 'head-1',
          openedAt: '2026-01-01T09:00:00.000Z',
        },
      },
      {
        type: 'MandateExtended',
        data: {
          previousEnd: '2027-06-30',
          newEnd: '2027-12-31',
          reason: 'Referendum moved',
          extendedBy: 'head-1',
          extendedAt: '2027-03-01T09:00:00.000Z',
        },
      },
    ]);
    expect([...foldView(mandateProjection, events).entries()]).toEqual([
      [
        'p1#mandate|mandate',
        {
          processId: 'p1',
          name: 'Constitution Review Commission',
          mandateStart: '2026-01-01',
          mandateEnd: '2027-12-31',
          budgetCurrency: 'USD',
          reviewCadenceMonths: 3,
          extensions: 1,
          independenceThresholdPercent: null,
          version: 2,
        },
      ],
    ]);
  });

  it('holds no independence threshold until leadership sets one, then the latest set', () => {
    const opened = storedStream('p1#process#p1', [
      {
        type: 'ProcessOpened',
        data: {
          processId: 'p1',
          name: 'Constitution Review Commission',
          country: 'KE',
          mandateStart: '2026-01-01',
          mandateEnd: '2027-06-30',
          budgetCurrency: 'USD',
          reviewCadenceMonths: 3,
          timeZone: 'UTC',
          units: [...defaultUnits],
          openedBy: 'head-1',
          openedAt: '2026-01-01T09:00:00.000Z',
        },
      },
      {
        type: 'IndependenceThresholdSet',
        data: { percent: 40, setBy: 'chair-1', setAt: '2026-02-01T09:00:00.000Z' },
      },
      {
        type: 'IndependenceThresholdSet',
        data: { percent: 25, setBy: 'chair-1', setAt: '2026-03-01T09:00:00.000Z' },
      },
    ]);
    const rowAfter = (n: number) => foldView(mandateProjection, opened.slice(0, n)).get('p1#mandate|mandate');
    expect(rowAfter(1)).toMatchObject({ independenceThresholdPercent: null });
    expect(rowAfter(3)).toMatchObject({ independenceThresholdPercent: 25, version: 3 });
  });
});
