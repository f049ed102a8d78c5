import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import { accepted, type LocalProcesses, openProcess, startLocalProcesses } from '../support/local-process';

/**
 * Appointments and secondments name the source they are paid from: one pledged in the process, free
 * to pay for their unit, and for a donor-funded post the donor its reporting line goes to.
 */
const P = '/processes/sources';
let local: LocalProcesses;
const ids: Record<string, string> = {};

beforeAll(async () => {
  local = await startLocalProcesses(['sources']);
  await openProcess(local, 'sources');
  const pledge = async (donorId: string, modality: string, units: string[]) =>
    (
      await accepted(
        local.officer.post(`${P}/contributions`, {
          donorId,
          donorName: donorId.toUpperCase(),
          amount: { amount: 1_000_000_00, currency: 'USD' },
          modality,
          restrictions: { units, lineIds: [] },
          reportingFrequency: 'quarterly',
          firstReportDue: '2026-03-31',
        }),
      )
    ).contributionId as string;
  ids.government = await pledge('government', 'government-budget', []);
  ids.eu = await pledge('eu', 'basket-fund', ['communications']);
}, 120_000);
afterAll(() => local?.runtime.stop());

const terms = (fundingSourceId: string) => ({
  person: { personId: 'per-1', name: 'Njeri Wambui' },
  contractType: 'civil-service',
  startDate: '2026-02-01',
  endDate: '2027-06-30',
  monthlyCost: { amount: 4_000_00, currency: 'USD' },
  fundingSourceId,
});
const staff = (fundingSourceId: string, o: object = {}) => ({
  ...terms(fundingSourceId),
  postTitle: 'Research Officer',
  unit: 'secretarial-services',
  subFunction: 'research',
  reportsTo: 'Deputy, Secretarial Services',
  ...o,
});
const secondee = (salary: object) => ({
  person: { personId: 'per-s1', name: 'Otieno Ouma' },
  homeInstitution: 'Ministry of Justice',
  postTitle: 'Legal Officer',
  unit: 'secretarial-services',
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  salary,
  reportingLinesToHome: 'Monthly report to the Solicitor General',
});

describe('the funding source of an appointment over HTTP', () => {
  it('refuses a deputy paid from a source never pledged', async () => {
    const deputy = { ...terms('no-such-source'), unit: 'communications' };
    expect(await local.hr.post(`${P}/appointments/deputies`, deputy)).toMatchObject({
      status: 404,
      body: { error: 'funding-source-not-found' },
    });
  });

  it('refuses a donor-funded post paid by one donor with its reporting line to another', async () => {
    const post = staff(ids.government ?? '', {
      contractType: 'donor-funded',
      donorReportingLine: { donorId: 'nobody', reportsTo: 'Nobody' },
    });
    expect(await local.hr.post(`${P}/appointments`, post)).toMatchObject({
      status: 422,
      body: {
        error: 'donor-reporting-line-to-another-donor',
        details: { reportingLineDonorId: 'nobody', sourceDonorId: 'government' },
      },
    });
  });

  it('refuses a post paid from a source restricted to another unit, and takes it in that unit', async () => {
    expect(await local.hr.post(`${P}/appointments`, staff(ids.eu ?? ''))).toMatchObject({
      status: 422,
      body: { error: 'outside-donor-restriction', details: { unit: 'secretarial-services' } },
    });
    const inUnit = staff(ids.eu ?? '', {
      unit: 'communications',
      subFunction: 'publications',
      contractType: 'donor-funded',
      donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
    });
    await accepted(local.hr.post(`${P}/appointments`, inUnit));
  });
});

describe('the funding source of a secondment over HTTP', () => {
  it('refuses a share paid from a source never pledged or restricted to another unit', async () => {
    const shared = (fundingSourceId: string) =>
      secondee({
        borneBy: 'shared',
        processSharePercent: 50,
        monthlyCost: { amount: 900_00, currency: 'USD' },
        fundingSourceId,
      });
    expect(await local.hr.post(`${P}/secondments`, shared('no-such-source'))).toMatchObject({
      status: 404,
      body: { error: 'funding-source-not-found' },
    });
    expect(await local.hr.post(`${P}/secondments`, shared(ids.eu ?? ''))).toMatchObject({
      status: 422,
      body: { error: 'outside-donor-restriction' },
    });
    await accepted(local.hr.post(`${P}/secondments`, shared(ids.government ?? '')));
  });

  it('checks nothing when the home institution bears the salary', async () => {
    await accepted(local.hr.post(`${P}/secondments`, secondee({ borneBy: 'home-institution' })));
  });
});

describe('the budget line an appointment or secondment is charged to, over HTTP', () => {
  const adopt = (lineId: string, unit: string) =>
    accepted(
      local.approver.post(`${P}/budget-lines`, {
        lineId,
        unit,
        activity: 'Staff costs',
        costCategory: 'staff-and-other-personnel',
        amount: { amount: 500_000_00, currency: 'USD' },
      }),
    );
  beforeAll(async () => {
    await adopt('SS-STAFF', 'secretarial-services');
    await adopt('CO-STAFF', 'communications');
  });

  it('refuses a line never adopted, and one in another unit than the post', async () => {
    const government = ids.government ?? '';
    expect(
      await local.hr.post(`${P}/appointments`, staff(government, { lineId: 'no-such-line' })),
    ).toMatchObject({
      status: 404,
      body: { error: 'budget-line-not-found' },
    });
    expect(await local.hr.post(`${P}/appointments`, staff(government, { lineId: 'CO-STAFF' }))).toMatchObject(
      {
        status: 422,
        body: {
          error: 'budget-line-in-another-unit',
          details: { lineId: 'CO-STAFF', lineUnit: 'communications', unit: 'secretarial-services' },
        },
      },
    );
  });

  it('records the line with the appointment and with the secondment’s share', async () => {
    const { appointmentId } = await accepted(
      local.hr.post(`${P}/appointments`, staff(ids.government ?? '', { lineId: 'SS-STAFF' })),
    );
    expect(await local.hr.get(`${P}/appointments/${appointmentId}`)).toMatchObject({
      status: 200,
      body: { lineId: 'SS-STAFF' },
    });
    const share = {
      borneBy: 'process-budget',
      monthlyCost: { amount: 900_00, currency: 'USD' },
      fundingSourceId: ids.government,
      lineId: 'SS-STAFF',
    };
    await accepted(local.hr.post(`${P}/secondments`, secondee(share)));
  });

  it('counts the people charged to a line in that line’s forecast, and the rest as unallocated', async () => {
    type Lines = { lineId: string; personnelByMonth: unknown[]; personnelInWindow: unknown }[];
    const ssStaff = (body: Record<string, unknown>) =>
      (body.lines as Lines | undefined)?.find((l) => l.lineId === 'SS-STAFF');
    // The read models catch up with the projector.
    const { body } = await eventually(
      () => local.officer.get(`${P}/budget/forecast?today=2026-06-30`),
      (answer) => JSON.stringify(ssStaff(answer.body)?.personnelByMonth[0]).includes('490000'),
      10_000,
    );
    const line = ssStaff(body);
    // July 2026: the research officer's 4,000.00 and the secondee's 900.00.
    expect(line?.personnelByMonth[0]).toEqual({
      month: '2026-07',
      cost: { amount: 4_900_00, currency: 'USD' },
    });
    const coStaff = (body.lines as Lines).find((l) => l.lineId === 'CO-STAFF');
    expect(coStaff?.personnelInWindow).toEqual({ amount: 0, currency: 'USD' });
    expect(body.unallocated).toMatchObject({ available: { amount: 0, currency: 'USD' } });
  });
});
