import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAws } from '../../local/dynamodb';
import { csvRecords } from '../support/csv-records';
import { eur, P, recordDonorsStory, today, usd, yesterday } from '../support/donors-process';
import type { Caller } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';

/** A donor's audit report over HTTP: the entries, their reconciliation, the CSV, and its verification. */
let local: LocalProcesses;
let ids: Record<string, string>;
let auditor: Caller;
/** The day the story's tranches were received. */
const start = '2026-02-01';

beforeAll(async () => {
  local = await startLocalProcesses(['donors']);
  ({ auditor } = local);
  ids = await recordDonorsStory(local);
}, 120_000);
afterAll(() => local?.runtime.stop());

/** A GET that reads the answer as text, with the headers given (the shared caller parses JSON). */
async function download(path: string, headers: Record<string, string> = {}) {
  const token = await local.runtime.issuer.sign({
    sub: 'auditor-1',
    roles: ['auditor'],
    processes: ['donors'],
  });
  const response = await fetch(`${local.runtime.url}${path}`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('a donor’s audit report over HTTP', () => {
  const path = (query: string) => `${P}/donors/eu/audit-report?${query}`;
  // From the day the tranches were received (their value date) to today, when everything was paid.
  const period = `from=${start}&to=${today}`;

  it('lists what came in and went out, in both currencies, reconciled from a zero opening', async () => {
    const { status, headers, body } = await auditor.get(path(period));
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="audit-report_donors_eu_${start}_${today}.json"`,
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
      `attachment; filename="audit-report_donors_eu_${ids.eu}_${start}_${today}.csv"`,
    );
    expect(asked.text).toMatch(
      /^row,contribution_id,iati_transaction_type,recorded_at,value_date,reference,payee/,
    );
    const records = csvRecords(asked.text);
    expect(records.map((r) => r.row)).toEqual([
      'opening',
      'incoming-funds',
      'disbursement',
      'disbursement',
      'reversal',
      'closing',
      '',
      'total-opening',
      'total-receipts',
      'total-disbursements',
      'total-reversals',
      'total-closing',
      'digest',
    ]);
    expect(records.find((r) => r.row === 'closing')?.note).toContain(
      '0.00 + 43300.00 - 12165.00 + 2165.00 = 33300.00 USD: balanced',
    );
    const totals = records.filter((r) => r.row?.startsWith('total-'));
    expect(totals.map((r) => [r.row, r.budget_amount, r.budget_currency])).toEqual([
      ['total-opening', '0.00', 'USD'],
      ['total-receipts', '43300.00', 'USD'],
      ['total-disbursements', '12165.00', 'USD'],
      ['total-reversals', '2165.00', 'USD'],
      ['total-closing', '33300.00', 'USD'],
    ]);
    const accepted = await download(path(period), { accept: 'text/csv' });
    expect(accepted.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('as known before anything was recorded has no pledge to report on', async () => {
    const before = await auditor.get(path(`${period}&knownAt=${yesterday}T23:59:59.999Z`));
    expect(before).toMatchObject({ status: 404, body: { error: 'donor-not-found' } });
  });

  it('refuses a period that ends before it starts, naming the parameter', async () => {
    const backwards = await auditor.get(path(`from=${today}&to=${yesterday}`));
    expect(backwards).toMatchObject({ status: 400, body: { issues: [{ field: 'query.to' }] } });
  });
});

describe('a payee typed as a formula, in the CSV over HTTP', () => {
  // Paid from UNDP's money, so the EU's report the other specs add up stays as it is.
  it('reaches the spreadsheet as text behind a quote, its amount still a number', async () => {
    const { officer, approver } = local;
    const requested = await officer.post(`${P}/disbursements`, {
      lineId: 'EO-1',
      fundingSourceId: ids.undp,
      amount: usd(250_00),
      payee: '=HYPERLINK("http://x","y")',
      purpose: "+cmd|' /C calc'!A0",
      supportingDocument: { reference: '@SUM(A1)', sha256: 'f'.repeat(64) },
    });
    expect(requested.status).toBe(201);
    const id = requested.body.disbursementId as string;
    expect((await approver.post(`${P}/disbursements/${id}/approve`)).status).toBe(200);
    const paid = await officer.post(`${P}/disbursements/${id}/pay`, {
      paymentReference: '-2+3',
      paidOn: today,
    });
    expect(paid.status).toBe(200);

    const csv = await download(`${P}/donors/undp/audit-report?from=${today}&to=${today}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csvRecords(csv.text).find((r) => r.reference === id)).toMatchObject({
      payee: `'=HYPERLINK("http://x","y")`,
      purpose: "'+cmd|' /C calc'!A0",
      payment_reference: "'-2+3",
      document_reference: "'@SUM(A1)",
      budget_amount: '250.00',
      budget_currency: 'USD',
    });
  });
});

describe('verifying the audit report over HTTP', () => {
  const verify = (body: object) => auditor.post(`${P}/audit-reports/verify`, body);
  let issued: Record<string, unknown>;

  it('holds for the report and for its digest', async () => {
    issued = (await auditor.get(`${P}/donors/eu/audit-report?from=${start}&to=${today}`)).body;
    expect(await verify({ report: issued })).toMatchObject({
      status: 200,
      body: { valid: true, reportIntact: true, firstMismatch: null, firstDifference: null },
    });
    const digest = (issued.digest as { value: string }).value;
    // A digest is re-derived at the knownAt the report was issued with, which the report names.
    const { knownAt } = issued.period as { knownAt: string };
    const byDigest = await verify({ donorId: 'eu', from: start, to: today, knownAt, digest });
    expect(byDigest).toMatchObject({ status: 200, body: { valid: true, digest: { matches: true } } });
    expect(await verify({ report: { ...issued, processId: 'other' } })).toMatchObject({ status: 400 });
  });

  it('answers, from the donor’s own streams, the digest the whole log re-derives, for each donor and contribution', async () => {
    // The GET reads the donor's streams; verification re-derives the report from the whole log.
    for (const query of [
      `donors/eu/audit-report?`,
      `donors/eu/audit-report?contributionId=${ids.eu2}&`,
      `donors/undp/audit-report?`,
    ]) {
      const report = (await auditor.get(`${P}/${query}from=${start}&to=${today}`)).body;
      const { body } = await verify({ report });
      expect(body, query).toMatchObject({ valid: true, digest: { matches: true } });
      expect((body.digest as { derived: string }).derived).toBe((report.digest as { value: string }).value);
    }
  });

  it('fails once a stored event is changed, naming its stream, version and problem, here and in npm run audit:verify', async () => {
    // Inflate the EU's tranche (version 2 of its stream) behind the store's back.
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...localAws, endpoint: local.runtime.dynamoEndpoint }),
    );
    await client.send(
      new UpdateCommand({
        TableName: local.runtime.tables.events,
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
        ...['--process', 'donors', '--donor', 'eu', '--from', start, '--to', today, '--digest', digest],
        ...['--known-at', (issued.period as { knownAt: string }).knownAt],
        ...['--table', local.runtime.tables.events, '--endpoint', local.runtime.dynamoEndpoint],
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
