import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, eventually, startRuntime } from '../support/http';

/** A salary that changes from a date, over HTTP: the appointment's history and the forecast month by month. */
let runtime: LocalRuntime;
let hr: Caller;
let finance: Caller;
const P = '/processes/terms';
const kes = (amount: number) => ({ amount, currency: 'KES' });
type Forecast = { overall?: { personnelByMonth: { month: string; cost: { amount: number } }[] } };
const byMonth = (body: unknown) => (body as Forecast).overall?.personnelByMonth ?? [];

beforeAll(async () => {
  runtime = await startRuntime('2026-03-10T09:00:00.000Z');
  const admin = await callerAs(runtime, 'admin-1', ['admin'], { processes: ['terms'] });
  hr = await callerAs(runtime, 'hr-officer-1', ['hr-officer'], { processes: ['terms'] });
  finance = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], { processes: ['terms'] });
  await admin.post(P, {
    name: 'Constitution of Kenya Review Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'KES',
    reviewCadenceMonths: 3,
  });
});
afterAll(() => runtime?.stop());

describe('changing an appointment’s monthly cost from a date', () => {
  it('records the change, refuses what cannot be, and forecasts the old cost before the date and the new from it', async () => {
    const pledged = await finance.post(`${P}/contributions`, {
      donorId: 'government',
      donorName: 'GOVERNMENT',
      amount: kes(500_000_000_00),
      modality: 'government-budget',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    });
    const appointed = await hr.post(`${P}/appointments`, {
      person: { personId: 'per-1', name: 'Amina Odhiambo' },
      contractType: 'civil-service',
      startDate: '2026-02-01',
      endDate: '2027-06-30',
      monthlyCost: kes(400_000_00),
      fundingSourceId: pledged.body.contributionId,
      postTitle: 'Legal Officer',
      unit: 'secretarial-services',
      subFunction: 'legal',
      reportsTo: 'Deputy, Secretarial Services',
    });
    expect(appointed.status).toBe(201);
    const path = `${P}/appointments/${appointed.body.appointmentId}`;
    const raise = {
      monthlyCost: kes(450_000_00),
      effectiveFrom: '2026-09-01',
      reason: 'Annual step increase',
    };

    expect((await finance.post(`${path}/terms`, raise)).status).toBe(403);
    const refused = async (body: Record<string, unknown>) => {
      const { status, body: answer } = await hr.post(`${path}/terms`, { ...raise, ...body });
      return [status, answer.error];
    };
    expect(await refused({ monthlyCost: { amount: 450_000_00, currency: 'USD' } })).toEqual([
      422,
      'monthly-cost-in-another-currency',
    ]);
    expect(await refused({ monthlyCost: kes(0) })).toEqual([422, 'monthly-cost-not-positive']);
    expect(await refused({ effectiveFrom: '2026-01-31' })).toEqual([422, 'terms-effective-before-start']);
    expect(await refused({ effectiveFrom: '2027-07-01' })).toEqual([422, 'terms-effective-after-end']);
    expect(await refused({ monthlyCost: kes(400_000_00) })).toEqual([422, 'terms-unchanged']);

    // A date ahead of today is a planned raise, not a date invented.
    expect(await hr.post(`${path}/terms`, raise)).toMatchObject({ status: 200, body: { version: 2 } });
    expect((await hr.get(path)).body).toMatchObject({
      monthlyCost: kes(400_000_00),
      costChanges: [{ effectiveFrom: '2026-09-01', monthlyCost: kes(450_000_00) }],
    });

    const forecast = await eventually(
      () => finance.get(`${P}/budget/forecast?today=2026-06-15`),
      // Projected once the change is: September's cost is the new one.
      ({ body }) => byMonth(body)[3]?.cost.amount === 450_000_00,
    );
    expect(forecast.status).toBe(200);
    // From 15 June: June is a part month; July and August at the old cost, September at the new.
    expect(byMonth(forecast.body).slice(1, 4)).toEqual([
      { month: '2026-07', cost: kes(400_000_00) },
      { month: '2026-08', cost: kes(400_000_00) },
      { month: '2026-09', cost: kes(450_000_00) },
    ]);
  });
});
