import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, eventually } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';
import { eur, P, recordedOn, recordViewsStory, usd, type ViewsIds } from '../support/views-process';

/** The budget views over HTTP: by line, unit, category, source and month, and asking for one. */
let local: LocalProcesses;
let ids: ViewsIds;
let officer: Caller;

beforeAll(async () => {
  local = await startLocalProcesses(['views'], recordedOn);
  ({ officer } = local);
  ids = await recordViewsStory(local);
}, 120_000);
afterAll(() => local?.runtime.stop());

const asOf = (path: string, day = '2031-06-30') => officer.get(`${P}${path}?asOf=${day}`);
const totals = {
  allocated: usd(220_000_00), // 120,000 + 60,000 + 30,000 + 10,000 after the transfer
  committed: usd(10_000_00),
  requested: usd(1_500_00), // d6
  approvedNotPaid: usd(3_000_00), // d5
  pending: usd(4_500_00),
  disbursed: usd(38_000_00), // 9,000 + 12,000 + 15,000 + 3,300 − 3,300 + 2,000
  available: usd(169_000_00), // 220,000 − 10,000 − 3,000 − 38,000
};

describe('the budget view', () => {
  const lines = [
    // 30,000 − 10,000 committed; d4 paid and reversed, d7 rejected.
    {
      lineId: 'COM-RADIO',
      unit: 'communications',
      activity: 'Activity COM-RADIO',
      costCategory: 'contractual-services',
      allocated: usd(30_000_00),
      committed: usd(10_000_00),
      requested: usd(0),
      approvedNotPaid: usd(0),
      pending: usd(0),
      disbursed: usd(0),
      available: usd(20_000_00),
      version: 4, // adopted, committed, charged, credited
    },
    // 50,000 + 10,000 transferred; d1 9,000 and d2 12,000 paid, d5 3,000 approved.
    {
      lineId: 'EO-HEAR',
      unit: 'education-outreach',
      activity: 'Activity EO-HEAR',
      costCategory: 'travel',
      allocated: usd(60_000_00),
      committed: usd(0),
      requested: usd(0),
      approvedNotPaid: usd(3_000_00),
      pending: usd(3_000_00),
      disbursed: usd(21_000_00),
      available: usd(36_000_00),
      version: 5,
    },
    {
      lineId: 'EO-PRINT',
      unit: 'education-outreach',
      activity: 'Activity EO-PRINT',
      costCategory: 'contractual-services',
      allocated: usd(10_000_00),
      committed: usd(0),
      requested: usd(0),
      approvedNotPaid: usd(0),
      pending: usd(0),
      disbursed: usd(2_000_00),
      available: usd(8_000_00),
      version: 2,
    },
    // 130,000 − 10,000 transferred; d3 15,000 paid, d6 1,500 requested.
    {
      lineId: 'SEC-STAFF',
      unit: 'secretarial-services',
      activity: 'Activity SEC-STAFF',
      costCategory: 'staff-and-other-personnel',
      allocated: usd(120_000_00),
      committed: usd(0),
      requested: usd(1_500_00),
      approvedNotPaid: usd(0),
      pending: usd(1_500_00),
      disbursed: usd(15_000_00),
      available: usd(105_000_00),
      version: 3,
    },
  ];

  it('shows every line’s columns and their totals, from the read models', async () => {
    const view = await eventually(
      () => officer.get(`${P}/budget`),
      (v) => isDeepStrictEqual(v.body.totals, totals),
      10_000,
    );
    expect(view.body).toEqual({
      processId: 'views',
      asOf: null,
      knownAt: null,
      currency: 'USD',
      lines,
      totals,
      drafts: [],
    });
  });

  it('shows the same figures computed from the log as of a day after everything recorded', async () => {
    expect((await asOf('/budget')).body).toEqual({
      processId: 'views',
      asOf: '2031-06-30',
      knownAt: expect.stringMatching(/^2031-06-30T/),
      currency: 'USD',
      lines,
      totals,
      drafts: [],
    });
  });

  it('adds the lines up by unit, every unit listed', async () => {
    const columns = (...amounts: number[]) => {
      const [allocated, committed, requested, approvedNotPaid, disbursed, available] = amounts.map(usd);
      const pending = usd((requested?.amount ?? 0) + (approvedNotPaid?.amount ?? 0));
      return { allocated, committed, requested, approvedNotPaid, pending, disbursed, available };
    };
    const { body } = await asOf('/budget/by-unit');
    // The process named no units: the four pillars, each a unit of itself.
    const pillar = (unit: string, name: string) => ({ unit, name, pillar: unit, parent: null });
    expect(body.units).toEqual([
      {
        ...pillar('secretarial-services', 'Secretarial services'),
        lines: 1,
        ...columns(120_000_00, 0, 1_500_00, 0, 15_000_00, 105_000_00),
      },
      // EO-HEAR + EO-PRINT
      {
        ...pillar('education-outreach', 'Education and outreach'),
        lines: 2,
        ...columns(70_000_00, 0, 0, 3_000_00, 23_000_00, 44_000_00),
      },
      {
        ...pillar('communications', 'Communications'),
        lines: 1,
        ...columns(30_000_00, 10_000_00, 0, 0, 0, 20_000_00),
      },
      { ...pillar('administration', 'Administration'), lines: 0, ...columns(0, 0, 0, 0, 0, 0) },
    ]);
    // Each unit is its own pillar: the roll-up repeats the units.
    expect(body.pillars).toEqual(
      (body.units as { unit: string; name: string; parent: null }[]).map(
        ({ unit, name: _, parent: __, ...group }) => group,
      ),
    );
    expect(body.totals).toEqual(totals);
  });

  it('adds the lines up by cost category, every category listed', async () => {
    const { body } = await asOf('/budget/by-category');
    const categories = body.categories as { costCategory: string; lines: number }[];
    expect(categories.map((c) => c.costCategory)).toHaveLength(8);
    expect(categories.filter((c) => c.lines > 0)).toEqual([
      expect.objectContaining({
        costCategory: 'staff-and-other-personnel',
        lines: 1,
        available: usd(105_000_00),
      }),
      // COM-RADIO + EO-PRINT: 40,000 allocated, 10,000 committed, 2,000 disbursed, 28,000 available.
      {
        costCategory: 'contractual-services',
        lines: 2,
        allocated: usd(40_000_00),
        committed: usd(10_000_00),
        requested: usd(0),
        approvedNotPaid: usd(0),
        pending: usd(0),
        disbursed: usd(2_000_00),
        available: usd(28_000_00),
      },
      expect.objectContaining({ costCategory: 'travel', lines: 1, disbursed: usd(21_000_00) }),
    ]);
    expect(body.totals).toEqual(totals);
  });

  it('shows each funding source in its own currency and in the budget currency at the recorded rates', async () => {
    const { body } = await asOf('/budget/by-source');
    const sources = body.sources as { fundingSourceId: string }[];
    expect(sources.find((s) => s.fundingSourceId === ids.gov)).toMatchObject({
      donorId: 'government',
      modality: 'government-budget',
      pledged: usd(100_000_00),
      received: usd(80_000_00),
      deposited: usd(80_000_00),
      tranches: [
        expect.objectContaining({ amount: usd(80_000_00), rate: null, budgetAmount: usd(80_000_00) }),
      ],
      committed: usd(10_000_00),
      requested: usd(0), // d7 was rejected
      approvedNotPaid: usd(3_000_00), // d5
      pending: usd(3_000_00),
      disbursed: usd(27_000_00), // d2 12,000 + d3 15,000
      available: usd(40_000_00), // 80,000 − 10,000 − 3,000 − 27,000
    });
    expect(sources.find((s) => s.fundingSourceId === ids.eu)).toMatchObject({
      donorName: 'European Union',
      pledged: eur(100_000_00),
      received: eur(50_000_00),
      deposited: usd(55_000_00), // EUR 50,000.00 × 1.10
      tranches: [
        expect.objectContaining({
          amount: eur(50_000_00),
          rate: expect.objectContaining({ rate: '1.10' }),
          budgetAmount: usd(55_000_00),
        }),
      ],
      committed: usd(0),
      requested: usd(1_500_00), // d6
      approvedNotPaid: usd(0),
      pending: usd(1_500_00),
      disbursed: usd(11_000_00), // d1 9,000 + d4 3,300 − 3,300 + d8 2,000
      available: usd(44_000_00), // 55,000 − 11,000
    });
    expect(body.totals).toEqual({
      deposited: usd(135_000_00),
      committed: usd(10_000_00),
      requested: usd(1_500_00),
      approvedNotPaid: usd(3_000_00),
      pending: usd(4_500_00),
      disbursed: usd(38_000_00),
      available: usd(84_000_00),
    });
  });

  it('shows spend by month of payment, a reversal in the month the money came back, adding up to disbursed', async () => {
    const month = (m: string, paid: number, reversed = 0) => ({
      month: m,
      paid: usd(paid),
      reversed: usd(reversed),
      spent: usd(paid - reversed),
    });
    const { body } = await asOf('/budget/monthly');
    // 9,000 + 12,000 + 18,300 + (2,000 − 3,300) = 38,000, the disbursed total.
    expect(body.overall).toEqual([
      month('2031-03', 9_000_00),
      month('2031-04', 12_000_00),
      month('2031-05', 18_300_00), // d3 15,000 + d4 3,300
      month('2031-06', 2_000_00, 3_300_00), // d8 paid; d4's money back on 15 June
    ]);
    expect(body.lines).toEqual([
      { lineId: 'COM-RADIO', months: [month('2031-05', 3_300_00), month('2031-06', 0, 3_300_00)] },
      { lineId: 'EO-HEAR', months: [month('2031-03', 9_000_00), month('2031-04', 12_000_00)] },
      { lineId: 'EO-PRINT', months: [month('2031-06', 2_000_00)] },
      { lineId: 'SEC-STAFF', months: [month('2031-05', 15_000_00)] },
    ]);
    const sources = body.sources as { fundingSourceId: string; months: unknown }[];
    expect(sources.find((s) => s.fundingSourceId === ids.gov)?.months).toEqual([
      month('2031-04', 12_000_00),
      month('2031-05', 15_000_00),
    ]);
    expect(sources.find((s) => s.fundingSourceId === ids.eu)?.months).toEqual([
      month('2031-03', 9_000_00),
      month('2031-05', 3_300_00),
      month('2031-06', 2_000_00, 3_300_00),
    ]);
  });
});

describe('asking for a view', () => {
  it('answers 404 for a process not opened by the day asked', async () => {
    expect(await asOf('/budget', '2020-01-01')).toMatchObject({
      status: 404,
      body: { error: 'process-not-found' },
    });
  });

  it('names a malformed or unknown query parameter', async () => {
    expect(await officer.get(`${P}/budget?asOf=30-06-2031`)).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'query.asOf' })] },
    });
    expect(await officer.get(`${P}/budget?knownAt=yesterday`)).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'query.knownAt' })] },
    });
    expect((await officer.get(`${P}/budget/monthly?month=2031-06`)).status).toBe(400);
  });
});
