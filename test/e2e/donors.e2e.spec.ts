import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAws } from '../../local/dynamodb';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, eventually, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let officer: Caller;
let approver: Caller;
let hr: Caller;
let auditor: Caller;
const P = '/processes/donors';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ids: Record<string, string> = {};

/** Days as the handlers see them (UTC): everything below is recorded today. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const now = new Date();
const today = dayOf(now);
const yesterday = dayOf(new Date(now.getTime() - 86_400_000));
/** The 15th of last month: always past, and its quarterly successor (the 15th two months on) always ahead. */
const firstReportDue = dayOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)));
const secondReportDue = dayOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 15)));
const daysLate = Math.round((Date.parse(today) - Date.parse(firstReportDue)) / 86_400_000);

/** A GET that reads the answer as text, with the headers given (the shared caller parses JSON). */
async function download(path: string, headers: Record<string, string> = {}) {
  const token = await runtime.issuer.sign({ sub: 'auditor-1', roles: ['auditor'], processes: ['donors'] });
  const response = await fetch(`${runtime.url}${path}`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function spend(key: string, lineId: string, source: string, amount: object, extra: object = {}) {
  const requested = await officer.post(`${P}/disbursements`, {
    lineId,
    fundingSourceId: source,
    amount,
    payee: `Payee ${key}`,
    purpose: `Purpose ${key}`,
    supportingDocument: { reference: `INV-${key}`, sha256: key.repeat(64).slice(0, 64) },
    ...extra,
  });
  expect(requested.status).toBe(201);
  const id = requested.body.disbursementId as string;
  ids[key] = id;
  expect((await approver.post(`${P}/disbursements/${id}/approve`)).status).toBe(200);
  return id;
}

const pay = async (id: string) =>
  expect(
    (
      await officer.post(`${P}/disbursements/${id}/pay`, {
        paymentReference: `EFT-${id.slice(0, 8)}`,
        paidOn: today,
      })
    ).status,
  ).toBe(200);

beforeAll(async () => {
  runtime = await startRuntime();
  const membership = { processes: ['donors'] };
  officer = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], membership);
  approver = await callerAs(runtime, 'finance-approver-1', ['finance-approver'], membership);
  hr = await callerAs(runtime, 'hr-officer-1', ['hr-officer'], membership);
  auditor = await callerAs(runtime, 'auditor-1', ['auditor'], membership);
  const admin = await callerAs(runtime, 'admin-1', ['admin'], membership);

  const opened = await admin.post(P, {
    name: 'Constitutional Review Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 3,
  });
  expect(opened.status).toBe(201);
  const line = (lineId: string, unit: string, costCategory: string) => ({
    lineId,
    unit,
    activity: `Activity ${lineId}`,
    costCategory,
    amount: usd(50_000_00),
  });
  expect(
    (
      await officer.post(`${P}/budget/adoptions`, {
        lines: [
          line('COM-1', 'communications', 'contractual-services'),
          line('EO-1', 'education-outreach', 'travel'),
        ],
      })
    ).status,
  ).toBe(201);
  const rate = {
    base: 'EUR',
    quote: 'USD',
    rate: '1.0825',
    date: '2026-02-01',
    source: 'UN operational rate of exchange',
  };
  expect((await officer.post(`${P}/exchange-rates`, rate)).status).toBe(201);

  const pledge = async (key: string, donorId: string, amount: object, o: object) => {
    const answer = await officer.post(`${P}/contributions`, {
      donorId,
      donorName: donorId === 'eu' ? 'European Union' : 'UNDP',
      amount,
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue,
      ...o,
    });
    expect(answer.status).toBe(201);
    ids[key] = answer.body.contributionId as string;
  };
  await pledge('eu', 'eu', eur(100_000_00), {});
  await pledge('eu2', 'eu', usd(20_000_00), {
    modality: 'direct',
    reportingFrequency: 'annual',
    firstReportDue: '2099-12-31',
  });
  await pledge('undp', 'undp', usd(50_000_00), {});
  const receive = (key: string, amount: object) =>
    officer.post(`${P}/contributions/${ids[key]}/tranches`, { amount, receivedOn: '2026-02-01' });
  expect((await receive('eu', eur(40_000_00))).status).toBe(201);
  expect((await receive('eu2', usd(20_000_00))).status).toBe(201);
  expect((await receive('undp', usd(50_000_00))).status).toBe(201);

  const appoint = (personId: string, fundingSourceId: string, o: object) =>
    hr.post(`${P}/appointments`, {
      person: { personId, name: `Officer ${personId}` },
      startDate: '2026-03-01',
      endDate: '2027-06-30',
      monthlyCost: usd(3_500_00),
      fundingSourceId,
      postTitle: 'Civic Education Officer',
      unit: 'education-outreach',
      subFunction: 'public-participation',
      reportsTo: 'Deputy, Education and Outreach',
      ...o,
    });
  const funded = await appoint('per-1', ids.eu ?? '', {
    contractType: 'donor-funded',
    donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
  });
  expect(funded.status).toBe(201);
  ids.appointment = funded.body.appointmentId as string;
  expect((await appoint('per-2', 'government', { contractType: 'civil-service' })).status).toBe(201);

  // d1 USD 10,000.00 and d2 EUR 2,000.00 (at 1.0825: USD 2,165.00) paid from the EU's euros, d2 then
  // reversed; d3 USD 1,500.00 paid from its dollars; d4 USD 3,000.00 approved and not yet paid.
  await pay(await spend('1', 'COM-1', ids.eu ?? '', usd(10_000_00)));
  const d2 = await spend('2', 'COM-1', ids.eu ?? '', eur(2_000_00), { rateDate: '2026-02-01' });
  await pay(d2);
  expect(
    (await approver.post(`${P}/disbursements/${d2}/reverse`, { reason: 'Invoice paid twice' })).status,
  ).toBe(200);
  await pay(await spend('3', 'EO-1', ids.eu2 ?? '', usd(1_500_00)));
  await spend('4', 'EO-1', ids.eu ?? '', usd(3_000_00));
});
afterAll(() => runtime?.stop());

describe('a donor’s report to it', () => {
  const reports = () => `${P}/contributions/${ids.eu}/reports`;
  const report = { reference: 'EU-REPORT-1', sha256: 'f'.repeat(64) };

  it('is refused for a period that has not ended, then recorded against the first date due', async () => {
    const early = await officer.post(reports(), {
      periodEnd: '2099-01-01',
      submittedOn: today,
      document: report,
    });
    expect(early).toMatchObject({ status: 422, body: { error: 'report-period-not-ended' } });
    const sent = await officer.post(reports(), {
      periodEnd: firstReportDue,
      submittedOn: today,
      document: report,
    });
    // The contribution's stream: pledge, tranche, d1's charge, d2's charge and credit, d4's charge, the report.
    expect(sent).toMatchObject({
      status: 201,
      body: { contributionId: ids.eu, dueDate: firstReportDue, version: 7 },
    });
    const again = await officer.post(reports(), {
      periodEnd: firstReportDue,
      submittedOn: today,
      document: report,
    });
    expect(again).toMatchObject({ status: 409, body: { error: 'report-period-already-reported' } });
  });
});

describe('a donor’s reporting lines over HTTP', () => {
  const settled = () =>
    eventually(
      () => auditor.get(`${P}/donors/eu`),
      (v) =>
        (v.body.totals as { spent?: { amount: number } } | undefined)?.spent?.amount === 11_500_00 &&
        (v.body.staff as unknown[] | undefined)?.length === 1 &&
        (v.body.contributions as { reporting: { submitted: unknown[] } }[] | undefined)?.[0]?.reporting
          .submitted.length === 1 &&
        (v.body.paidFor as { byLine: { reversals: number }[] } | undefined)?.byLine[0]?.reversals === 1,
      10_000,
    );

  it('shows its contributions: pledged, received, outstanding, and the trust-fund figures', async () => {
    const { status, body } = await settled();
    expect(status).toBe(200);
    // EUR: 100,000.00 pledged, 40,000.00 received, 60,000.00 outstanding; transferred USD 43,300.00
    // (40,000.00 × 1.0825); spent 10,000.00 + 2,165.00 − 2,165.00 = 10,000.00, 23.09 % of it
    // (10,000 ÷ 43,300 = 0.23094…); available 43,300.00 − (10,000 + 2,165 − 2,165 + 3,000) = 30,300.00.
    expect(body.contributions).toEqual([
      expect.objectContaining({
        contributionId: ids.eu,
        currency: 'EUR',
        pledged: eur(100_000_00),
        received: eur(40_000_00),
        outstanding: eur(60_000_00),
        committed: usd(0),
        spent: usd(10_000_00),
        available: usd(30_300_00),
        trustFund: {
          pledged: eur(100_000_00),
          deposited: eur(40_000_00),
          transferred: usd(43_300_00),
          spent: usd(10_000_00),
          deliveryRatePercent: '23.09',
        },
      }),
      // USD 1,500 ÷ 20,000 = 7.50 %.
      expect.objectContaining({
        contributionId: ids.eu2,
        pledged: usd(20_000_00),
        outstanding: usd(0),
        trustFund: expect.objectContaining({ spent: usd(1_500_00), deliveryRatePercent: '7.50' }),
      }),
    ]);
    // 43,300 + 20,000 = 63,300.00 transferred; 10,000 + 1,500 = 11,500.00 spent, 18.17 % (0.181674…).
    expect(body.totals).toMatchObject({
      transferred: usd(63_300_00),
      spent: usd(11_500_00),
      available: usd(48_800_00),
      deliveryRatePercent: '18.17',
    });
  });

  it('shows the staff its money pays, with their reporting lines in the Secretariat and to the donor', async () => {
    const { body } = await settled();
    expect(body.staff).toEqual([
      expect.objectContaining({
        appointmentId: ids.appointment,
        fundingSourceId: ids.eu,
        post: expect.objectContaining({
          title: 'Civic Education Officer',
          reportsTo: 'Deputy, Education and Outreach',
        }),
        donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
        monthlyCost: usd(3_500_00),
      }),
    ]);
  });

  it('shows what its money paid for, net of the reversal, by line, unit and cost category', async () => {
    const { body } = await settled();
    const paidFor = body.paidFor as Record<string, unknown>;
    // COM-1: 10,000.00 + 2,165.00 paid, 2,165.00 reversed; EO-1: d3's 1,500.00 (d4 is not paid).
    expect(paidFor.byLine).toEqual([
      expect.objectContaining({
        lineId: 'COM-1',
        paid: usd(12_165_00),
        reversed: usd(2_165_00),
        net: usd(10_000_00),
      }),
      expect.objectContaining({
        lineId: 'EO-1',
        unit: 'education-outreach',
        costCategory: 'travel',
        net: usd(1_500_00),
      }),
    ]);
    expect(paidFor.byUnit).toEqual([
      expect.objectContaining({ unit: 'communications', net: usd(10_000_00) }),
      expect.objectContaining({ unit: 'education-outreach', net: usd(1_500_00) }),
    ]);
    expect(paidFor.byCostCategory).toEqual([
      expect.objectContaining({ costCategory: 'contractual-services', net: usd(10_000_00) }),
      expect.objectContaining({ costCategory: 'travel', net: usd(1_500_00) }),
    ]);
  });

  it('shows its reporting calendar moved past the report sent, to the next date', async () => {
    const { body } = await settled();
    const [eu] = body.contributions as { reporting: Record<string, unknown> }[];
    // The report answered the 15th of last month, late by `daysLate` days; the next is two months on.
    expect(eu?.reporting).toMatchObject({
      nextDue: secondReportDue,
      overdue: false,
      overdueReports: 0,
      submitted: [{ dueDate: firstReportDue, submittedOn: today, onTime: daysLate <= 0 }],
    });
    expect(body.reporting).toMatchObject({ nextDue: secondReportDue, overdue: false });
  });

  it('lists donors, each with its headline figures, and answers 404 for a donor with no contribution', async () => {
    await settled();
    const { body } = await auditor.get(`${P}/donors`);
    expect((body.donors as { donorId: string; spent: unknown }[]).map((d) => [d.donorId, d.spent])).toEqual([
      ['eu', usd(11_500_00)],
      ['undp', usd(0)],
    ]);
    expect(await auditor.get(`${P}/donors/nobody`)).toMatchObject({
      status: 404,
      body: { error: 'donor-not-found' },
    });
  });
});

describe('a donor’s audit report over HTTP', () => {
  const path = (query: string) => `${P}/donors/eu/audit-report?${query}`;
  const period = `from=${today}&to=${today}`;

  it('lists what came in and went out, in both currencies, reconciled from a zero opening', async () => {
    const { status, headers, body } = await auditor.get(path(period));
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="audit-report_donors_eu_${today}_${today}.json"`,
    );
    const entries = body.entries as { kind: string; amount: unknown; contributionId: string }[];
    // t1 EUR 40,000.00 = USD 43,300.00; t2 USD 20,000.00; d1 USD 10,000.00, in euros at the rate recorded
    // for 1 Feb: 10,000.00 ÷ 1.0825 = 9,237.875… → EUR 9,237.88; d2 EUR 2,000.00 of its request, out and
    // back; d3 USD 1,500.00 from the dollars.
    expect(entries.map((e) => [e.kind, e.contributionId, e.amount])).toEqual([
      ['incoming-funds', ids.eu, { budget: usd(43_300_00), contribution: eur(40_000_00) }],
      ['incoming-funds', ids.eu2, { budget: usd(20_000_00), contribution: usd(20_000_00) }],
      ['disbursement', ids.eu, { budget: usd(10_000_00), contribution: eur(9_237_88) }],
      ['disbursement', ids.eu, { budget: usd(2_165_00), contribution: eur(2_000_00) }],
      ['reversal', ids.eu, { budget: usd(2_165_00), contribution: eur(2_000_00) }],
      ['disbursement', ids.eu2, { budget: usd(1_500_00), contribution: usd(1_500_00) }],
    ]);
    const [eu] = body.contributions as Record<string, Record<string, unknown>>[];
    // 0 + 43,300.00 − 12,165.00 + 2,165.00 = 33,300.00; EUR 0 + 40,000.00 − 11,237.88 + 2,000.00 = 30,762.12.
    expect(eu?.budget).toEqual({
      opening: usd(0),
      receipts: usd(43_300_00),
      disbursements: usd(12_165_00),
      reversals: usd(2_165_00),
      closing: usd(33_300_00),
      balanced: true,
    });
    expect(eu?.contribution).toMatchObject({
      disbursements: eur(11_237_88),
      closing: eur(30_762_12),
      balanced: true,
    });
    // The contribution's own books: 43,300.00 − 13,000.00 charged + d4's 3,000.00 approved, not paid.
    expect(eu?.ledger).toMatchObject({
      approvedNotPaid: usd(3_000_00),
      balance: usd(33_300_00),
      agrees: true,
    });
    // Both: 63,300.00 − 13,665.00 + 2,165.00 = 51,800.00.
    expect(body.totals).toEqual({
      opening: usd(0),
      receipts: usd(63_300_00),
      disbursements: usd(13_665_00),
      reversals: usd(2_165_00),
      closing: usd(51_800_00),
      balanced: true,
    });
    expect(body.digest).toMatchObject({ algorithm: 'SHA-256', value: headers.get('x-report-digest') });
  });

  it('downloads as CSV when asked by format or by Accept, under a file name', async () => {
    const asked = await download(path(`${period}&contributionId=${ids.eu}&format=csv`));
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(asked.headers.get('content-disposition')).toBe(
      `attachment; filename="audit-report_donors_eu_${ids.eu}_${today}_${today}.csv"`,
    );
    const lines = asked.text.trim().split('\n');
    expect(lines[0]).toMatch(
      /^row,contribution_id,iati_transaction_type,recorded_at,value_date,reference,payee/,
    );
    expect(lines.map((l) => l.split(',')[0])).toEqual([
      'row',
      'opening',
      'incoming-funds',
      'disbursement',
      'disbursement',
      'reversal',
      'closing',
      'total',
      'digest',
    ]);
    expect(lines[6]).toContain('0.00 + 43300.00 - 12165.00 + 2165.00 = 33300.00 USD: balanced');
    const accepted = await download(path(period), { accept: 'text/csv' });
    expect(accepted.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('as of a day before anything was recorded has no pledge to report on', async () => {
    const before = await auditor.get(path(`from=${yesterday}&to=${yesterday}`));
    expect(before).toMatchObject({ status: 404, body: { error: 'donor-not-found' } });
  });

  it('refuses a period that ends before it starts, naming the parameter', async () => {
    const backwards = await auditor.get(path(`from=${today}&to=${yesterday}`));
    expect(backwards).toMatchObject({ status: 400, body: { issues: [{ field: 'query.to' }] } });
  });
});

describe('verifying the audit report over HTTP', () => {
  const verify = (body: object) => auditor.post(`${P}/audit-reports/verify`, body);
  let issued: Record<string, unknown>;

  it('holds for the report and for its digest', async () => {
    issued = (await auditor.get(`${P}/donors/eu/audit-report?from=${today}&to=${today}`)).body;
    expect(await verify({ report: issued })).toMatchObject({
      status: 200,
      body: { valid: true, reportIntact: true, firstMismatch: null, firstDifference: null },
    });
    const digest = (issued.digest as { value: string }).value;
    const byDigest = await verify({ donorId: 'eu', from: today, to: today, digest });
    expect(byDigest).toMatchObject({ status: 200, body: { valid: true, digest: { matches: true } } });
    expect(await verify({ report: { ...issued, processId: 'other' } })).toMatchObject({ status: 400 });
  });

  it('fails once a stored event is changed, naming its stream, version and problem, here and in npm run audit:verify', async () => {
    // Inflate the EU's tranche (version 2 of its stream) behind the store's back.
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...localAws, endpoint: runtime.dynamoEndpoint }),
    );
    await client.send(
      new UpdateCommand({
        TableName: runtime.tables.events,
        Key: { streamId: `donors#contribution#${ids.eu}`, version: 2 },
        UpdateExpression: 'SET #data.#amount.#amount = :more',
        ExpressionAttributeNames: { '#data': 'data', '#amount': 'amount' },
        ExpressionAttributeValues: { ':more': 50_000_00 },
      }),
    );
    client.destroy();
    const mismatch = { streamId: `donors#contribution#${ids.eu}`, version: 2, problem: 'hash-mismatch' };
    const { body } = await verify({ report: issued });
    expect(body).toMatchObject({ valid: false, digest: { matches: false }, firstMismatch: mismatch });

    const digest = (issued.digest as { value: string }).value;
    const run = promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'audit:verify',
        '--',
        ...['--process', 'donors', '--donor', 'eu', '--from', today, '--to', today, '--digest', digest],
        ...['--table', runtime.tables.events, '--endpoint', runtime.dynamoEndpoint],
      ],
      { env: { ...process.env, npm_config_update_notifier: 'false' } },
    );
    const failed = await run.then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).firstMismatch).toEqual(mismatch);
  });
});
