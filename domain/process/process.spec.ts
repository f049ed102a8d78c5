import { describe, expect, it } from 'vitest';
import { defaultUnits } from '../../events/catalog/process';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { ownUnits } from '../../test/support/staffing-builders';
import {
  type ExtendMandate,
  type OpenProcessCommand,
  type OrganiseUnits,
  process,
  type SetIndependenceThreshold,
} from './decide';
import { evolve, initialState } from './process';
import { unitOf } from './units';

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
const opened = {
  type: 'ProcessOpened' as const,
  data: { ...fields, units: [...defaultUnits], openedBy: 'admin-1', openedAt: at },
};
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

describe('the units of a process', () => {
  const organise = (units: OrganiseUnits['units']): OrganiseUnits => ({
    type: 'OrganiseUnits',
    units,
    by: 'admin-1',
    at,
  });
  const organised = (units: OrganiseUnits['units']) => ({
    type: 'UnitsOrganised' as const,
    data: { units: [...units], organisedBy: 'admin-1', organisedAt: at },
  });
  const legal = ownUnits[0] as OrganiseUnits['units'][number];
  const research = ownUnits[1] as OrganiseUnits['units'][number];

  it('are the four pillars, each a unit of itself, when the process names none', () => {
    expect(evolve(initialState, opened)).toMatchObject({ units: defaultUnits });
  });

  it('are the ones the process is opened with, two in one pillar apart', () => {
    given([])
      .when(open({ units: ownUnits }))
      .then([{ ...opened, data: { ...opened.data, units: ownUnits } }]);
  });

  it('are reorganised as a whole list, each organisation recorded', () => {
    const renamed = [{ ...legal, name: 'Legal drafting and review' }, research];
    const withOffice = [
      ...renamed,
      {
        unit: 'kisumu-office',
        name: 'Kisumu office',
        pillar: 'secretarial-services' as const,
        parent: 'research-documentation',
      },
    ];
    given([opened, organised([legal, research])])
      .when(organise(withOffice))
      .then([organised(withOffice)]);
    expect(
      [opened, organised([legal, research]), organised(withOffice)].reduce(evolve, initialState),
    ).toMatchObject({
      units: withOffice,
    });
  });

  it('are refused with an id twice', () => {
    given([])
      .when(open({ units: [legal, { ...legal, name: 'Again' }] }))
      .thenRefuses('duplicate-unit');
  });

  it('are refused with a parent that is not one of them', () => {
    given([opened])
      .when(organise([...defaultUnits, { ...legal, parent: 'nowhere' }]))
      .thenRefuses('unit-parent-not-found');
  });

  it('are refused when following parents comes back round', () => {
    given([opened])
      .when(
        organise([
          ...defaultUnits,
          { ...legal, parent: 'research-documentation' },
          { ...research, parent: 'legal-drafting' },
        ]),
      )
      .thenRefuses('unit-parent-cycle');
  });

  it('never lose a unit: what names it would name nothing', () => {
    given([opened])
      .when(organise([legal]))
      .thenRefuses('unit-removed');
  });

  it('never move a unit to another pillar: the roll-up of what was recorded would change under it', () => {
    const moved = defaultUnits.map((unit) =>
      unit.unit === 'communications' ? { ...unit, pillar: 'administration' as const } : unit,
    );
    given([opened]).when(organise(moved)).thenRefuses('unit-pillar-changed');
  });

  it('are organised only in an open process', () => {
    given([])
      .when(organise([legal]))
      .thenRefuses('process-not-found');
  });

  it('are what commands naming a unit are checked against, the field named when refused', () => {
    const state = [opened, organised([...defaultUnits, legal])].reduce(evolve, initialState);
    expect(unitOf(state, 'legal-drafting')).toEqual(legal);
    const refusal = expectRefusal(
      () => unitOf(state, 'research-documentation', 'owner.unit'),
      'unit-not-found',
    );
    expect(refusal.details).toMatchObject({ field: 'owner.unit', unit: 'research-documentation' });
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
