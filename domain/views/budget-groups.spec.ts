import { describe, expect, it } from 'vitest';
import { defaultUnits, type UnitDefinition } from '../../events/catalog/process';
import { eur, usd } from '../../test/support/builders';
import { lineRow } from '../../test/support/view-rows';
import type { BudgetLineRow } from './budget';
import { byCategory, byPillar, bySource, byUnit, lineView, monthly, totalOf } from './budget-groups';
import type { FundingSourceRow } from './funding-sources';

const lines = [
  lineRow('SEC-1', {
    unit: 'secretarial-services',
    costCategory: 'staff-and-other-personnel',
    disbursed: usd(4_000_00),
  }),
  lineRow('EO-1', {
    committed: usd(1_000_00),
    requested: usd(500_00),
    approved: 2_000_00,
    disbursed: usd(3_000_00),
  }),
  lineRow('EO-2', {
    allocatedAmount: 5_000_00,
    costCategory: 'contractual-services',
    disbursed: usd(1_000_00),
  }),
];

describe('the budget in groups', () => {
  it('totals every column across lines', () => {
    // allocated 10,000 + 10,000 + 5,000; available 6,000 + 4,000 + 4,000.
    expect(totalOf(lines, 'USD')).toEqual({
      allocated: usd(25_000_00),
      committed: usd(1_000_00),
      requested: usd(500_00),
      approvedNotPaid: usd(2_000_00),
      pending: usd(2_500_00),
      disbursed: usd(8_000_00),
      available: usd(14_000_00),
    });
  });

  it('shows a line without what it keeps only for other views', () => {
    expect(Object.keys(lineView(lines[1] as BudgetLineRow))).toEqual([
      'lineId',
      'unit',
      'activity',
      'costCategory',
      'allocated',
      'committed',
      'requested',
      'approvedNotPaid',
      'pending',
      'disbursed',
      'available',
      'version',
    ]);
  });

  it('lists every unit, those without lines at zero, so the units add up to the totals', () => {
    expect(
      byUnit(lines, defaultUnits, 'USD').map((group) => [
        group.unit,
        group.lines,
        group.allocated.amount,
        group.available.amount,
      ]),
    ).toEqual([
      ['secretarial-services', 1, 10_000_00, 6_000_00],
      ['education-outreach', 2, 15_000_00, 8_000_00], // EO-1 4,000.00 + EO-2 4,000.00
      ['communications', 0, 0, 0],
      ['administration', 0, 0, 0],
    ]);
  });

  describe('in a process with its own units', () => {
    const units: UnitDefinition[] = [
      { unit: 'legal-drafting', name: 'Legal drafting', pillar: 'secretarial-services' },
      { unit: 'research-documentation', name: 'Research and documentation', pillar: 'secretarial-services' },
      {
        unit: 'mombasa-office',
        name: 'Mombasa office',
        pillar: 'secretarial-services',
        parent: 'legal-drafting',
      },
      { unit: 'outreach', name: 'Outreach', pillar: 'education-outreach' },
    ];
    const own = [
      lineRow('LD-1', { unit: 'legal-drafting', disbursed: usd(4_000_00) }),
      lineRow('RD-1', { unit: 'research-documentation', disbursed: usd(1_000_00) }),
      lineRow('MO-1', { unit: 'mombasa-office', allocatedAmount: 2_000_00 }),
      lineRow('OR-1', { unit: 'outreach', committed: usd(500_00) }),
    ];

    it('lists each unit apart, with its name, pillar and parent', () => {
      expect(
        byUnit(own, units, 'USD').map((group) => [
          group.unit,
          group.pillar,
          group.parent,
          group.lines,
          group.allocated.amount,
          group.available.amount,
        ]),
      ).toEqual([
        ['legal-drafting', 'secretarial-services', null, 1, 10_000_00, 6_000_00],
        ['research-documentation', 'secretarial-services', null, 1, 10_000_00, 9_000_00],
        ['mombasa-office', 'secretarial-services', 'legal-drafting', 1, 2_000_00, 2_000_00],
        ['outreach', 'education-outreach', null, 1, 10_000_00, 9_500_00],
      ]);
    });

    it('rolls the units up by pillar, every pillar listed, so the pillars add up to the totals', () => {
      const pillars = byPillar(own, units, 'USD');
      expect(
        pillars.map((group) => [group.pillar, group.lines, group.allocated.amount, group.available.amount]),
      ).toEqual([
        ['secretarial-services', 3, 22_000_00, 17_000_00],
        ['education-outreach', 1, 10_000_00, 9_500_00],
        ['communications', 0, 0, 0],
        ['administration', 0, 0, 0],
      ]);
      expect(totalOf(pillars, 'USD')).toEqual(totalOf(own, 'USD'));
    });
  });

  it('lists every cost category the same way', () => {
    const groups = byCategory(lines, 'USD');
    expect(groups).toHaveLength(8);
    expect(
      groups.filter((group) => group.lines > 0).map((group) => [group.costCategory, group.disbursed.amount]),
    ).toEqual([
      ['staff-and-other-personnel', 4_000_00],
      ['contractual-services', 1_000_00],
      ['travel', 3_000_00],
    ]);
  });

  it('groups a line whose adoption has not reached the view yet under no unit, still inside the totals', () => {
    const early = lineRow('X-1', {
      unit: null,
      activity: null,
      costCategory: null,
      allocatedAmount: 0,
      requested: usd(100_00),
    });
    expect(byUnit([...lines, early], defaultUnits, 'USD').at(-1)).toMatchObject({
      unit: null,
      lines: 1,
      requested: usd(100_00),
    });
  });

  it('totals the sources in the budget currency, their pledges staying in their own', () => {
    const source = (id: string, deposited: number, disbursed: number): FundingSourceRow => ({
      fundingSourceId: id,
      donorId: id,
      donorName: id,
      modality: 'basket-fund',
      pledged: eur(100_000_00),
      received: eur(50_000_00),
      deposited: usd(deposited),
      tranches: [],
      committed: usd(0),
      charged: usd(disbursed),
      requested: usd(0),
      disbursed: usd(disbursed),
      spending: {},
      approvedNotPaid: usd(0),
      pending: usd(0),
      available: usd(deposited - disbursed),
      version: 2,
    });
    const { sources, totals } = bySource(
      [source('eu', 55_000_00, 5_000_00), source('gov', 80_000_00, 3_000_00)],
      'USD',
    );
    expect(sources[0]).not.toHaveProperty('charged');
    expect(totals).toMatchObject({
      deposited: usd(135_000_00),
      disbursed: usd(8_000_00),
      available: usd(127_000_00),
    });
  });
});

describe('monthly spend', () => {
  it('is every line’s spend month by month overall, and each line’s and source’s own', () => {
    const a = lineRow('A', { spending: { '2026-03': { paid: usd(9_000_00), reversed: usd(0) } } });
    const b = lineRow('B', {
      spending: {
        '2026-03': { paid: usd(1_000_00), reversed: usd(0) },
        '2026-04': { paid: usd(0), reversed: usd(1_000_00) },
      },
    });
    const report = monthly([a, b], []);
    expect(report.overall).toEqual([
      { month: '2026-03', paid: usd(10_000_00), reversed: usd(0), spent: usd(10_000_00) },
      { month: '2026-04', paid: usd(0), reversed: usd(1_000_00), spent: usd(-1_000_00) },
    ]);
    expect(report.lines.map((line) => [line.lineId, line.months.length])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });
});
