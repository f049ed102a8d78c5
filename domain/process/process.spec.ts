import { describe, expect, it } from 'vitest';
import { specFor } from '../../test/support/decider-spec';
import {
  type ExtendMandate,
  type OpenProcessCommand,
  process,
  type SetIndependenceThreshold,
} from './decide';
import { evolve, initialState } from './process';

const given = specFor(process);
const at = '2026-01-01T09:00:00.000Z';
const open = (o: Partial<OpenProcessCommand> = {}): OpenProcessCommand => ({
  type: 'OpenProcess',
  processId: 'ke-crc',
  name: 'Constitution of Kenya Review Commission',
  country: 'KE',
  mandateStart: '2026-01-01',
  mandateEnd: '2027-06-30',
  budgetCurrency: 'USD',
  reviewCadenceMonths: 3,
  timeZone: 'UTC',
  by: 'admin-1',
  at,
  ...o,
});
const { type: _, by: __, at: ___, ...fields } = open();
const opened = { type: 'ProcessOpened' as const, data: { ...fields, openedBy: 'admin-1', openedAt: at } };
const extend = (o: Partial<ExtendMandate> = {}): ExtendMandate => ({
  type: 'ExtendMandate',
  newEnd: '2027-12-31',
  reason: 'Referendum postponed by six months',
  by: 'chair-1',
  at,
  ...o,
});

describe('opening a process', () => {
  it('records its mandate, budget currency and review cadence', () => {
    given([]).when(open()).then([opened]);
  });

  it('is refused when the process is already open', () => {
    given([opened]).when(open()).thenRefuses('process-already-open');
  });

  it('is refused when the mandate ends before it starts', () => {
    given([])
      .when(open({ mandateEnd: '2025-12-31' }))
      .thenRefuses('mandate-ends-before-it-starts');
  });
});

describe('extending the mandate', () => {
  it('records the new end with the previous one and the reason', () => {
    given([opened])
      .when(extend())
      .then([
        {
          type: 'MandateExtended',
          data: {
            previousEnd: '2027-06-30',
            newEnd: '2027-12-31',
            reason: 'Referendum postponed by six months',
            extendedBy: 'chair-1',
            extendedAt: at,
          },
        },
      ]);
  });

  it('is refused when the new end is not later than the current one', () => {
    given([opened])
      .when(extend({ newEnd: '2027-06-30' }))
      .thenRefuses('mandate-extension-not-later');
  });

  it('is refused for a process never opened', () => {
    given([]).when(extend()).thenRefuses('process-not-found');
  });
});

describe('setting the independence threshold', () => {
  const setThreshold = (percent: number): SetIndependenceThreshold => ({
    type: 'SetIndependenceThreshold',
    percent,
    by: 'chair-1',
    at,
  });

  it('records the percentage and who set it', () => {
    given([opened])
      .when(setThreshold(40))
      .then([{ type: 'IndependenceThresholdSet', data: { percent: 40, setBy: 'chair-1', setAt: at } }]);
  });

  it('is refused for a process never opened', () => {
    given([]).when(setThreshold(40)).thenRefuses('process-not-found');
  });

  it('is unset until leadership sets it, then holds the latest value', () => {
    const set = (percent: number) => ({
      type: 'IndependenceThresholdSet' as const,
      data: { percent, setBy: 'chair-1', setAt: at },
    });
    expect(evolve(initialState, opened)).toMatchObject({ independenceThresholdPercent: null });
    expect([opened, set(40), set(25)].reduce(evolve, initialState)).toMatchObject({
      independenceThresholdPercent: 25,
    });
  });
});
