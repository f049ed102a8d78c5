import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoice } from '../support/builders';
import { settled } from '../support/http';
import {
  accepted,
  type LocalProcesses,
  pledge,
  receive,
  startLocalProcesses,
} from '../support/local-process';

/**
 * A quarter of a commission with units of its own, over the API, the way a finance office lives it:
 * a tranche and a payment entered days late, a contract's commitment consumed by what pays it,
 * January closed by two people, an overpayment found in February corrected in February, and the EU's
 * audit report and IATI file agreeing with each other.
 */
const P = '/processes/quarter';
const usd = (amount: number) => ({ amount, currency: 'USD' });
let local: LocalProcesses;
let clock = Date.parse('2027-01-04T07:00:00.000Z');
/** The gateway's clock: 10:00 in Nairobi on that day, each request a second later. */
const on = (day: string) => {
  clock = Date.parse(`${day}T07:00:00.000Z`);
};
let eu: string;
let research: string;
let outreach: string;

const line = (lineId: string, unit: string, amount: number) => ({
  lineId,
  unit,
  activity: `Work of ${unit}`,
  costCategory: 'contractual-services',
  amount: usd(amount),
});

beforeAll(async () => {
  local = await startLocalProcesses(['quarter'], () => {
    clock += 1000;
    return new Date(clock);
  });
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('a quarter of real books', () => {
  it('opens with units of its own and a budget an approver adopts from the officer’s draft', async () => {
    await accepted(
      local.admin.post(P, {
        name: 'Committee of Experts',
        country: 'KE',
        mandateStart: '2027-01-01',
        mandateEnd: '2028-06-30',
        budgetCurrency: 'USD',
        timeZone: 'Africa/Nairobi',
        reviewCadenceMonths: 3,
        units: [
          { unit: 'legal-drafting', name: 'Legal drafting', pillar: 'secretarial-services' },
          {
            unit: 'research-documentation',
            name: 'Research and documentation',
            pillar: 'secretarial-services',
          },
          { unit: 'public-participation', name: 'Public participation', pillar: 'education-outreach' },
        ],
      }),
    );
    const draft = await accepted(
      local.officer.post(`${P}/budget/drafts`, {
        title: 'First year',
        lines: [
          line('LD-1', 'legal-drafting', 60_000_00),
          line('RD-1', 'research-documentation', 30_000_00),
          line('PP-1', 'public-participation', 40_000_00),
        ],
      }),
    );
    await accepted(local.approver.post(`${P}/budget/drafts/${draft.draftId}/adopt`, {}), 200);
    eu = await pledge(local, 'quarter', { amount: usd(100_000_00), firstReportDue: '2027-04-15' });
  });

  it('takes a tranche and a payment entered after the day the money moved', async () => {
    on('2027-01-22');
    await receive(local, 'quarter', eu, { amount: usd(50_000_00), receivedOn: '2027-01-15' });
    expect(
      await local.officer.post(`${P}/contributions/${eu}/tranches`, {
        amount: usd(1_00),
        receivedOn: '2027-01-23',
      }),
    ).toMatchObject({ status: 422, body: { error: 'date-after-today', details: { field: 'receivedOn' } } });
    const contract = await accepted(
      local.officer.post(`${P}/commitments`, {
        lineId: 'RD-1',
        fundingSourceId: eu,
        amount: usd(12_000_00),
        description: 'Research on comparative constitutions',
        supplier: 'Research Associates',
      }),
    );
    const request = async (lineId: string, amount: number, payee: string, commitmentId?: string) => {
      const requested = await accepted(
        local.officer.post(`${P}/disbursements`, {
          lineId,
          fundingSourceId: eu,
          amount: usd(amount),
          payee,
          purpose: `Paid to ${payee}`,
          supportingDocument: invoice(`INV-${payee}`),
          ...(commitmentId ? { commitmentId } : {}),
        }),
      );
      const id = requested.disbursementId as string;
      await accepted(local.approver.post(`${P}/disbursements/${id}/approve`, {}), 200);
      return id;
    };
    on('2027-01-25');
    research = await request('RD-1', 5_000_00, 'Research Associates', contract.commitmentId as string);
    outreach = await request('PP-1', 8_000_00, 'Radio Citizen');
    on('2027-01-30');
    await accepted(
      local.officer.post(`${P}/disbursements/${outreach}/pay`, {
        paymentReference: 'EFT-31',
        paidOn: '2027-01-30',
      }),
      200,
    );
    // The research payment left the bank on 29 January; the slip reached the desk on 2 February.
    on('2027-02-02');
    await accepted(
      local.officer.post(`${P}/disbursements/${research}/pay`, {
        paymentReference: 'EFT-32',
        paidOn: '2027-01-29',
      }),
      200,
    );
  });

  it('counts the commitment once: what paid it is no longer committed', async () => {
    const rd = await settled(
      () => local.officer.get(`${P}/budget-lines/RD-1`),
      (answer) => expect(answer.body).toMatchObject({ charged: usd(5_000_00) }),
    );
    expect(rd.body).toMatchObject({ committed: usd(7_000_00) });
    const { body } = await settled(
      () => local.leadership.get(`${P}/budget/by-unit`),
      (view) => expect(view.body.totals).toMatchObject({ allocated: usd(130_000_00) }),
    );
    const units = body.units as { unit: string; pillar: string }[];
    expect(units.map(({ unit, pillar }) => [unit, pillar])).toEqual([
      ['legal-drafting', 'secretarial-services'],
      ['research-documentation', 'secretarial-services'],
      ['public-participation', 'education-outreach'],
    ]);
  });

  it('puts the late entries in January, as they are known now and not as they were known then', async () => {
    const january = 'from=2027-01-01&to=2027-01-31';
    const then = await local.auditor.get(
      `${P}/donors/eu/audit-report?${january}&knownAt=2027-01-31T20:59:59.000Z`,
    );
    const now = await local.auditor.get(`${P}/donors/eu/audit-report?${january}`);
    const payees = (report: { body: Record<string, unknown> }) =>
      (report.body.entries as { kind: string; payee?: string }[]).map((e) => e.payee ?? e.kind);
    expect(payees(then)).toEqual(['incoming-funds', 'Radio Citizen']);
    expect(payees(now)).toEqual(['incoming-funds', 'Research Associates', 'Radio Citizen']);
    for (const report of [then, now])
      expect(await local.auditor.post(`${P}/audit-reports/verify`, { report: report.body })).toMatchObject({
        status: 200,
        body: { valid: true },
      });
  });

  it('closes January by two people, and corrects an overpayment in February, not in January', async () => {
    on('2027-02-03');
    await accepted(local.officer.post(`${P}/periods/2027-01/propose-close`), 200);
    expect(await local.officer.post(`${P}/periods/2027-01/close`)).toMatchObject({ status: 403 });
    await accepted(local.approver.post(`${P}/periods/2027-01/close`), 200);
    on('2027-02-05');
    const refund = (reversedOn: string) =>
      local.approver.post(`${P}/disbursements/${outreach}/reverse`, {
        reason: 'Radio Citizen refunded an overpayment of 2,000.00',
        reversedOn,
        amount: usd(2_000_00),
      });
    expect(await refund('2027-01-31')).toMatchObject({
      status: 422,
      body: { error: 'period-closed', details: { field: 'reversedOn', month: '2027-01' } },
    });
    expect(await refund('2027-02-05')).toMatchObject({ status: 200, body: { status: 'paid' } });
  });

  it('gives the EU a quarter whose IATI file adds up to its audit report, January unchanged', async () => {
    on('2027-04-02');
    const quarter = 'from=2027-01-01&to=2027-03-31';
    const report = await local.auditor.get(`${P}/donors/eu/audit-report?${quarter}`);
    expect(report.status).toBe(200);
    expect(report.body.totals).toMatchObject({
      receipts: usd(50_000_00),
      disbursements: usd(13_000_00),
      reversals: usd(2_000_00),
    });
    expect(report.body.months).toEqual([expect.objectContaining({ month: '2027-01', closed: true })]);
    const january = await local.auditor.get(`${P}/donors/eu/audit-report?from=2027-01-01&to=2027-01-31`);
    expect(january.body.totals).toMatchObject({ disbursements: usd(13_000_00), reversals: usd(0) });

    const token = await local.runtime.issuer.sign({
      sub: 'eu-1',
      roles: ['donor'],
      processes: ['quarter'],
      donorId: 'eu',
    });
    const file = await fetch(`${local.runtime.url}${P}/donors/eu/iati?${quarter}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(file.status).toBe(200);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      isArray: (name) => name === 'transaction',
    });
    const activity = parser.parse(await file.text())['iati-activities']['iati-activity'];
    const transactions = activity.transaction as {
      'transaction-type': { code: string };
      'transaction-date': { 'iso-date': string };
      value: { '#text': string; currency: string; 'value-date': string };
    }[];
    const sum = (code: string) =>
      transactions
        .filter((t) => t['transaction-type'].code === code)
        .reduce((total, t) => total + Math.round(Number(t.value['#text']) * 100), 0);
    const totals = report.body.totals as Record<string, { amount: number }>;
    expect(sum('1')).toBe(totals.receipts?.amount);
    expect(sum('3')).toBe((totals.disbursements?.amount ?? 0) - (totals.reversals?.amount ?? 0));
    // Value dates, not the days typed: the research payment on 29 January, the refund on 5 February;
    // the contract committed on 22 January, 5,000.00 of it consumed by the approval of 25 January.
    expect(
      transactions.map((t) => [t['transaction-type'].code, t.value['value-date'], t.value['#text']]),
    ).toEqual([
      ['1', '2027-01-15', '50000.00'],
      ['2', '2027-01-22', '12000.00'],
      ['2', '2027-01-25', '-5000.00'],
      ['3', '2027-01-29', '5000.00'],
      ['3', '2027-01-30', '8000.00'],
      ['3', '2027-02-05', '-2000.00'],
    ]);
    expect(new Set(transactions.map((t) => t.value.currency))).toEqual(new Set(['USD']));
  });
});
