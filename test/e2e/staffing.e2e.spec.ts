import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let admin: Caller;
let hr: Caller;
let finance: Caller;

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = [
    'ke',
    'succession',
    'race',
    'empty',
    'staff',
    'donor',
    'nowhere',
    'fields',
    'loan',
    'shared',
  ];
  admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
  hr = await callerAs(runtime, 'hr-officer-1', ['hr-officer'], { processes });
  finance = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], { processes });
});
afterAll(() => runtime?.stop());

/** The process opened, with the two sources its staff are paid from: appointments name only pledged ones. */
async function openProcess(processId: string) {
  const opened = await admin.post(`/processes/${processId}`, {
    name: 'Constitution of Kenya Review Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'KES',
    reviewCadenceMonths: 3,
  });
  const pledge = async (donorId: string, modality: string) =>
    (
      await finance.post(`/processes/${processId}/contributions`, {
        donorId,
        donorName: donorId.toUpperCase(),
        amount: { amount: 500_000_000_00, currency: 'KES' },
        modality,
        reportingFrequency: 'quarterly',
        firstReportDue: '2026-03-31',
      })
    ).body.contributionId as string;
  return {
    status: opened.status,
    government: await pledge('government', 'government-budget'),
    undp: await pledge('undp', 'basket-fund'),
  };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });
const terms = (personId: string, name: string, fundingSourceId: string) => ({
  person: { personId, name },
  contractType: 'civil-service',
  startDate: '2026-02-01',
  endDate: '2027-06-30',
  monthlyCost: usd(4_000_00),
  fundingSourceId,
});
const head = (fundingSourceId: string, personId = 'per-head-1', startDate = '2026-02-01') => ({
  ...terms(personId, 'Wanjiku Kamau', fundingSourceId),
  startDate,
  appointingAuthority: { kind: 'cmb-business-committee' },
  accountableTo: 'business-committee',
  accountingOfficer: true,
});
const deputy = (unit: string, fundingSourceId: string, personId = `per-${unit}`) => ({
  ...terms(personId, `Deputy ${unit}`, fundingSourceId),
  unit,
});
const secondee = (personId: string, homeInstitution: string, unit: string, fundingSourceId: string) => ({
  person: { personId, name: `Officer ${personId}` },
  homeInstitution,
  postTitle: 'Finance Officer',
  unit,
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  salary: {
    borneBy: 'shared',
    processSharePercent: 50,
    monthlyCost: usd(900_00),
    fundingSourceId,
  },
  reportingLinesToHome: `Monthly report to the Permanent Secretary, ${homeInstitution}`,
});
const units = ['secretarial-services', 'education-outreach', 'communications', 'administration'];

describe('staffing the Secretariat over HTTP', () => {
  it('appoints a Head and four deputies, seconds two officers, and keeps each post to one holder', async () => {
    const { status, government, undp } = await openProcess('ke');
    expect(status).toBe(201);

    const appointed = await hr.post('/processes/ke/appointments/secretariat-head', head(government));
    expect(appointed).toMatchObject({
      status: 201,
      body: { postId: 'secretariat-head', status: 'active', version: 1 },
    });
    const headId = appointed.body.appointmentId as string;

    for (const unit of units) {
      const answer = await hr.post('/processes/ke/appointments/deputies', deputy(unit, government));
      expect(answer).toMatchObject({ status: 201, body: { postId: `deputy-${unit}`, status: 'active' } });
    }

    const seconded = [
      await hr.post(
        '/processes/ke/secondments',
        secondee('per-s1', 'Ministry of Finance', 'administration', undp),
      ),
      await hr.post(
        '/processes/ke/secondments',
        secondee('per-s2', 'Office of the Attorney General', 'secretarial-services', undp),
      ),
    ];
    for (const answer of seconded) expect(answer).toMatchObject({ status: 201, body: { status: 'active' } });
    expect(await hr.get(`/processes/ke/secondments/${seconded[0]?.body.secondmentId}`)).toMatchObject({
      status: 200,
      body: {
        status: 'active',
        homeInstitution: 'Ministry of Finance',
        salary: { borneBy: 'shared', processSharePercent: 50, monthlyCost: usd(900_00) },
        secondedBy: 'hr-officer-1',
        version: 1,
      },
    });

    const secondHead = await hr.post(
      '/processes/ke/appointments/secretariat-head',
      head(government, 'per-head-2'),
    );
    expect(secondHead).toMatchObject({
      status: 409,
      body: { error: 'post-already-filled', details: { postId: 'secretariat-head', appointmentId: headId } },
    });
    const secondDeputy = await hr.post(
      '/processes/ke/appointments/deputies',
      deputy('communications', government, 'per-x'),
    );
    expect(secondDeputy).toMatchObject({ status: 409, body: { error: 'post-already-filled' } });

    expect(await hr.get('/processes/ke/posts/secretariat-head')).toMatchObject({
      status: 200,
      body: { status: 'filled', appointmentId: headId, person: { personId: 'per-head-1' }, version: 1 },
    });
  });

  it('frees the Head’s post when the appointment ends, so a successor can be appointed', async () => {
    const { government } = await openProcess('succession');
    const first = await hr.post('/processes/succession/appointments/secretariat-head', head(government));
    const firstId = first.body.appointmentId as string;

    const ended = await hr.post(`/processes/succession/appointments/${firstId}/end`, {
      reason: 'resigned',
      endDate: '2026-09-30',
    });
    expect(ended).toMatchObject({
      status: 200,
      body: { appointmentId: firstId, status: 'ended', version: 2 },
    });
    expect((await hr.get('/processes/succession/posts/secretariat-head')).body).toMatchObject({
      status: 'vacant',
      vacatedAfter: '2026-09-30',
      version: 2,
    });

    const overlapping = await hr.post(
      '/processes/succession/appointments/secretariat-head',
      head(government, 'per-head-2', '2026-09-15'),
    );
    expect(overlapping).toMatchObject({
      status: 422,
      body: { error: 'appointment-starts-before-post-vacated' },
    });
    const successor = await hr.post(
      '/processes/succession/appointments/secretariat-head',
      head(government, 'per-head-2', '2026-10-01'),
    );
    expect(successor).toMatchObject({ status: 201, body: { postId: 'secretariat-head' } });

    const late = await hr.post(`/processes/succession/appointments/${firstId}/extend`, {
      newEndDate: '2028-01-01',
    });
    expect(late).toMatchObject({ status: 409, body: { error: 'appointment-ended' } });
  });

  it('lets only one of two concurrent appointments of a Head through', async () => {
    const { government } = await openProcess('race');
    const answers = await Promise.all([
      hr.post('/processes/race/appointments/secretariat-head', head(government, 'per-a')),
      hr.post('/processes/race/appointments/secretariat-head', head(government, 'per-b')),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.error).toBe('post-already-filled');
  });

  it('answers a vacant post that was never filled, and refuses a post that does not exist', async () => {
    await openProcess('empty');
    expect(await hr.get('/processes/empty/posts/deputy-communications')).toMatchObject({
      status: 200,
      body: { postId: 'deputy-communications', status: 'vacant', version: 0 },
    });
    // A unit the process does not have has no deputy post; a post id of no shape is not one at all.
    expect(await hr.get('/processes/empty/posts/deputy-regional-office')).toMatchObject({ status: 404 });
    const unknown = await hr.get('/processes/empty/posts/chief-of-staff');
    expect(unknown).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'path.postId' })] },
    });
  });
});

describe('a member of staff’s appointment', () => {
  const staff = (fundingSourceId: string, overrides: Record<string, unknown> = {}) => ({
    ...terms('per-staff-1', 'Achieng Otieno', fundingSourceId),
    postTitle: 'Research Officer',
    unit: 'secretarial-services',
    subFunction: 'research',
    reportsTo: 'Deputy, Secretarial Services',
    ...overrides,
  });

  it('is appointed, reassigned, extended and ended, by the token’s subject', async () => {
    const { government } = await openProcess('staff');
    const early = await hr.post('/processes/staff/appointments', {
      ...staff(government),
      startDate: '2025-12-31',
    });
    expect(early).toMatchObject({
      status: 422,
      body: { error: 'date-before-mandate', details: { field: 'startDate' } },
    });
    const appointed = await hr.post('/processes/staff/appointments', staff(government));
    expect(appointed).toMatchObject({ status: 201, body: { status: 'active', version: 1 } });
    const path = `/processes/staff/appointments/${appointed.body.appointmentId}`;

    const reassigned = await hr.post(`${path}/reassign`, {
      postTitle: 'Media Officer',
      unit: 'communications',
      subFunction: 'media-liaison',
      reportsTo: 'Deputy, Communications',
    });
    expect(reassigned).toMatchObject({ status: 200, body: { version: 2 } });
    expect((await hr.post(`${path}/extend`, { newEndDate: '2027-12-31' })).status).toBe(200);
    // The end is what happened, a business date: a day still to come is the appointment's terms.
    expect(await hr.post(`${path}/end`, { reason: 'expired', endDate: '2099-12-31' })).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'endDate' } },
    });
    expect((await hr.post(`${path}/end`, { reason: 'expired', endDate: '2026-06-30' })).status).toBe(200);

    expect(await hr.get(path)).toMatchObject({
      status: 200,
      body: {
        kind: 'staff',
        status: 'ended',
        postTitle: 'Media Officer',
        unit: 'communications',
        endDate: '2027-12-31',
        ended: { reason: 'expired', endDate: '2026-06-30' },
        appointedBy: 'hr-officer-1',
        version: 4,
      },
    });
  });

  it('is refused for a donor-funded post without the reporting line to the donor', async () => {
    const { undp } = await openProcess('donor');
    const without = await hr.post(
      '/processes/donor/appointments',
      staff(undp, { contractType: 'donor-funded' }),
    );
    expect(without).toMatchObject({ status: 422, body: { error: 'donor-reporting-line-required' } });
    const withLine = await hr.post(
      '/processes/donor/appointments',
      staff(undp, {
        contractType: 'donor-funded',
        donorReportingLine: { donorId: 'undp', reportsTo: 'UNDP Chief Technical Adviser' },
      }),
    );
    expect(withLine.status).toBe(201);
  });

  it('is refused in a process that was never opened', async () => {
    const answer = await hr.post('/processes/nowhere/appointments', staff('government'));
    expect(answer).toMatchObject({ status: 404, body: { error: 'process-not-found' } });
  });

  it('refuses a sub-function of another unit and names a malformed field', async () => {
    const { government } = await openProcess('fields');
    const mismatched = await hr.post(
      '/processes/fields/appointments',
      staff(government, { subFunction: 'finance' }),
    );
    expect(mismatched).toMatchObject({ status: 422, body: { error: 'sub-function-not-in-unit' } });
    const other = await hr.post('/processes/fields/appointments/secretariat-head', {
      ...head(government),
      appointingAuthority: { kind: 'other' },
    });
    expect(other).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'appointingAuthority.description' })] },
    });
    const xyz = { amount: 4_000_00, currency: 'XYZ' };
    for (const [route, body] of [
      ['appointments', staff(government, { monthlyCost: xyz })],
      ['appointments/secretariat-head', { ...head(government), monthlyCost: xyz }],
    ] as const)
      expect(await hr.post(`/processes/fields/${route}`, body)).toMatchObject({
        status: 400,
        body: { issues: [{ field: 'monthlyCost.currency', reason: 'is not an ISO 4217 currency' }] },
      });
  });
});

describe('a secondment', () => {
  it('is extended, then ended early, and nothing more is recorded on it', async () => {
    const { undp } = await openProcess('loan');
    // A start still to come is a plan; one before the mandate is not.
    const early = await hr.post('/processes/loan/secondments', {
      ...secondee('per-s0', 'Ministry of Information', 'communications', undp),
      startDate: '2025-12-31',
    });
    expect(early).toMatchObject({
      status: 422,
      body: { error: 'date-before-mandate', details: { field: 'startDate', mandateStart: '2026-01-01' } },
    });
    const { body } = await hr.post(
      '/processes/loan/secondments',
      secondee('per-s3', 'Ministry of Information', 'communications', undp),
    );
    const path = `/processes/loan/secondments/${body.secondmentId}`;
    const shorter = await hr.post(`${path}/extend`, { newEndDate: '2026-06-30' });
    expect(shorter).toMatchObject({ status: 422, body: { error: 'secondment-extension-not-later' } });
    expect((await hr.post(`${path}/extend`, { newEndDate: '2027-03-31' })).status).toBe(200);

    const afterPlan = await hr.post(`${path}/end`, { reason: 'recalled', endDate: '2027-04-01' });
    expect(afterPlan).toMatchObject({
      status: 422,
      body: { error: 'secondment-early-end-after-planned-end' },
    });
    expect((await hr.post(`${path}/end`, { reason: 'recalled', endDate: '2026-10-31' })).status).toBe(200);
    const again = await hr.post(`${path}/extend`, { newEndDate: '2027-06-30' });
    expect(again).toMatchObject({ status: 409, body: { error: 'secondment-ended' } });
  });

  it('requires the process’s share and monthly cost when the salary is shared', async () => {
    const { undp } = await openProcess('shared');
    const answer = await hr.post('/processes/shared/secondments', {
      ...secondee('per-s4', 'Ministry of Justice', 'secretarial-services', undp),
      salary: { borneBy: 'shared', processSharePercent: 100, monthlyCost: usd(1_00) },
    });
    expect(answer).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'salary.processSharePercent' })] },
    });
    const xyz = await hr.post('/processes/shared/secondments', {
      ...secondee('per-s4', 'Ministry of Justice', 'secretarial-services', undp),
      salary: { borneBy: 'process-budget', monthlyCost: { amount: 1_00, currency: 'XYZ' } },
    });
    expect(xyz).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'salary.monthlyCost.currency', reason: 'is not an ISO 4217 currency' }] },
    });
  });
});
