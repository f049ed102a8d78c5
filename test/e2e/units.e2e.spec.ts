import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, settled, startRuntime } from '../support/http';

/**
 * A process with units of its own over HTTP: legal drafting and research and documentation, both in
 * the secretarial-services pillar, kept apart from budget to deputies, and rolled up by pillar.
 */
let runtime: LocalRuntime;
let admin: Caller;
let hr: Caller;
let finance: Caller;
let approver: Caller;

const P = '/processes/coe';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const units = [
  { unit: 'legal-drafting', name: 'Legal drafting', pillar: 'secretarial-services' },
  { unit: 'research-documentation', name: 'Research and documentation', pillar: 'secretarial-services' },
  { unit: 'public-participation', name: 'Public participation', pillar: 'education-outreach' },
];
const office = {
  unit: 'mombasa-office',
  name: 'Mombasa regional office',
  pillar: 'secretarial-services',
  parent: 'legal-drafting',
};

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = ['coe'];
  admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
  hr = await callerAs(runtime, 'hr-officer-1', ['hr-officer'], { processes });
  finance = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], { processes });
  approver = await callerAs(runtime, 'finance-approver-1', ['finance-approver'], { processes });
});
afterAll(() => runtime?.stop());

describe('a process with its own units', () => {
  let government: string;

  it('is opened with its units and organises a regional office under one of them', async () => {
    const opened = await admin.post(P, {
      name: 'Committee of Experts on Constitutional Review',
      country: 'KE',
      mandateStart: '2026-01-01',
      mandateEnd: '2027-06-30',
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
      units,
    });
    expect(opened.status).toBe(201);
    const organised = await admin.post(`${P}/units`, { units: [...units, office] });
    expect(organised).toMatchObject({ status: 200, body: { units: [...units, office] } });
    expect((await admin.get(P)).body).toMatchObject({ units: [...units, office] });
  });

  it('refuses to lose a unit, and a pillar that is not one of the four', async () => {
    expect(await admin.post(`${P}/units`, { units })).toMatchObject({
      status: 422,
      body: { error: 'unit-removed', details: { unit: 'mombasa-office' } },
    });
    const unknownPillar = await admin.post(`${P}/units`, {
      units: [...units, office, { unit: 'x', name: 'X', pillar: 'regional-affairs' }],
    });
    expect(unknownPillar.status).toBe(400);
  });

  it('adopts budget lines in both units of the pillar and in the office, not in a unit it lacks', async () => {
    const line = (lineId: string, unit: string, amount: number) => ({
      lineId,
      unit,
      activity: `Work of ${unit}`,
      costCategory: 'contractual-services',
      amount: usd(amount),
    });
    const adopted = await approver.post(`${P}/budget/adoptions`, {
      lines: [
        line('LD-1', 'legal-drafting', 40_000_00),
        line('RD-1', 'research-documentation', 25_000_00),
        line('MO-1', 'mombasa-office', 10_000_00),
        line('PP-1', 'public-participation', 30_000_00),
      ],
    });
    expect(adopted.status).toBe(201);
    const elsewhere = await approver.post(
      `${P}/budget-lines`,
      line('SS-1', 'secretarial-services', 1_000_00),
    );
    expect(elsewhere).toMatchObject({
      status: 422,
      body: { error: 'unit-not-found', details: { field: 'unit', unit: 'secretarial-services' } },
    });
  });

  it('appoints a deputy in each unit of the pillar: their posts do not collide', async () => {
    const pledge = await finance.post(`${P}/contributions`, {
      donorId: 'government',
      donorName: 'Treasury',
      amount: usd(1_000_000_00),
      modality: 'government-budget',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    });
    government = pledge.body.contributionId as string;
    const deputy = (unit: string) => ({
      person: { personId: `per-${unit}`, name: `Deputy ${unit}` },
      contractType: 'civil-service',
      startDate: '2026-02-01',
      endDate: '2027-06-30',
      monthlyCost: usd(4_000_00),
      fundingSourceId: government,
      unit,
    });
    for (const unit of ['legal-drafting', 'research-documentation'])
      expect(await hr.post(`${P}/appointments/deputies`, deputy(unit))).toMatchObject({
        status: 201,
        body: { postId: `deputy-${unit}` },
      });
    expect(await hr.post(`${P}/appointments/deputies`, deputy('communications'))).toMatchObject({
      status: 422,
      body: { error: 'unit-not-found', details: { field: 'unit' } },
    });
    expect((await hr.get(`${P}/posts/deputy-legal-drafting`)).body).toMatchObject({ status: 'filled' });
    expect((await hr.get(`${P}/posts/deputy-communications`)).status).toBe(404);
  });

  it('shows the budget by unit and rolled up by pillar', async () => {
    const { body } = await settled(
      () => finance.get(`${P}/budget/by-unit`),
      (view) => expect(view.body.totals).toMatchObject({ allocated: usd(105_000_00) }),
    );
    expect(
      (body.units as { unit: string; pillar: string; parent: string | null; allocated: unknown }[]).map(
        ({ unit, pillar, parent, allocated }) => ({ unit, pillar, parent, allocated }),
      ),
    ).toEqual([
      { unit: 'legal-drafting', pillar: 'secretarial-services', parent: null, allocated: usd(40_000_00) },
      {
        unit: 'research-documentation',
        pillar: 'secretarial-services',
        parent: null,
        allocated: usd(25_000_00),
      },
      { unit: 'public-participation', pillar: 'education-outreach', parent: null, allocated: usd(30_000_00) },
      {
        unit: 'mombasa-office',
        pillar: 'secretarial-services',
        parent: 'legal-drafting',
        allocated: usd(10_000_00),
      },
    ]);
    expect(
      (body.pillars as { pillar: string; lines: number; allocated: unknown }[]).map(
        ({ pillar, lines, allocated }) => ({ pillar, lines, allocated }),
      ),
    ).toEqual([
      { pillar: 'secretarial-services', lines: 3, allocated: usd(75_000_00) },
      { pillar: 'education-outreach', lines: 1, allocated: usd(30_000_00) },
      { pillar: 'communications', lines: 0, allocated: usd(0) },
      { pillar: 'administration', lines: 0, allocated: usd(0) },
    ]);
  });

  it('shows the staffing roster by the process’s units, a deputy post for each', async () => {
    const { body } = await settled(
      () => hr.get(`${P}/staffing`),
      (view) => expect(view.body.totals).toMatchObject({ total: 2 }),
    );
    expect((body.posts as { postId: string }[]).map(({ postId }) => postId)).toEqual([
      'secretariat-head',
      'deputy-legal-drafting',
      'deputy-research-documentation',
      'deputy-public-participation',
      'deputy-mombasa-office',
    ]);
    expect(body.pillars).toContainEqual(
      expect.objectContaining({ pillar: 'secretarial-services', total: 2 }),
    );
  });
});
