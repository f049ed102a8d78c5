import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import { process } from '../../domain/process/decide';
import type { DomainEvent } from '../../events/catalog';
import { EventStore } from '../../events/event-store';
import { localAws } from '../../local/dynamodb';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, eventually, startRuntime } from '../support/http';

/**
 * The budget and staffing views over HTTP, every number checked against arithmetic done by hand.
 * The process runs in 2031 so that "today" can be pinned with `asOf` (a day after everything recorded
 * here, so the whole log counts); reversals fall in the month the test runs, which is not 2031.
 */
let runtime: LocalRuntime;
let officer: Caller;
let approver: Caller;
let hr: Caller;
let leadership: Caller;
const P = '/processes/views';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ids: Record<string, string> = {};
/** The month this test records its reversal in. */
const thisMonth = new Date().toISOString().slice(0, 7);

const ok = async (answer: Promise<{ status: number; body: Record<string, unknown> }>, status = 201) => {
  const { status: got, body } = await answer;
  expect({ status: got, body }).toMatchObject({ status });
  return body;
};

async function spend(
  name: string,
  lineId: string,
  source: string,
  amount: { amount: number; currency: string },
  then: { approve?: boolean; paidOn?: string; reverse?: boolean; reject?: boolean } = {},
) {
  const { disbursementId } = await ok(
    officer.post(`${P}/disbursements`, {
      lineId,
      fundingSourceId: ids[source],
      amount,
      ...(amount.currency === 'EUR' ? { rateDate: '2031-02-01' } : {}),
      payee: 'Supplier Ltd',
      purpose: `Disbursement ${name}`,
      supportingDocument: { reference: `INV-${name}`, sha256: 'e'.repeat(64) },
    }),
  );
  const path = `${P}/disbursements/${disbursementId}`;
  if (then.reject) await ok(approver.post(`${path}/reject`, { reason: 'No quotation' }), 200);
  if (then.approve) await ok(approver.post(`${path}/approve`), 200);
  if (then.paidOn)
    await ok(officer.post(`${path}/pay`, { paymentReference: `EFT-${name}`, paidOn: then.paidOn }), 200);
  if (then.reverse) await ok(approver.post(`${path}/reverse`, { reason: 'Invoice paid twice' }), 200);
}

const terms = (personId: string, o: Record<string, unknown>) => ({
  person: { personId, name: `Person ${personId}` },
  contractType: 'civil-service',
  startDate: '2031-01-01',
  endDate: '2031-12-31',
  fundingSourceId: ids.gov,
  ...o,
});
const secondee = (personId: string, homeInstitution: string, o: Record<string, unknown>) => ({
  person: { personId, name: `Person ${personId}` },
  homeInstitution,
  postTitle: 'Legal Researcher',
  unit: 'secretarial-services',
  startDate: '2031-01-01',
  endDate: '2031-12-31',
  salary: { borneBy: 'home-institution' },
  reportingLinesToHome: `Quarterly report to ${homeInstitution}`,
  ...o,
});

beforeAll(async () => {
  runtime = await startRuntime();
  const membership = { processes: ['views', 'past'] };
  let admin: Caller;
  [officer, approver, hr, leadership, admin] = await Promise.all([
    callerAs(runtime, 'finance-officer-1', ['finance-officer'], membership),
    callerAs(runtime, 'finance-approver-1', ['finance-approver'], membership),
    callerAs(runtime, 'hr-officer-1', ['hr-officer'], membership),
    callerAs(runtime, 'chair-1', ['leadership'], membership),
    callerAs(runtime, 'admin-1', ['admin'], membership),
  ]);

  // The mandate opens to September and is extended to December: the forecast takes the extension.
  await ok(
    admin.post(P, {
      name: 'Constitution Review Commission',
      country: 'KE',
      mandateStart: '2031-01-01',
      mandateEnd: '2031-09-30',
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
    }),
  );
  await ok(
    leadership.post(`${P}/mandate-extensions`, { newEnd: '2031-12-31', reason: 'Referendum moved' }),
    200,
  );

  const line = (lineId: string, unit: string, costCategory: string, amount: number) => ({
    lineId,
    unit,
    activity: `Activity ${lineId}`,
    costCategory,
    amount: usd(amount),
  });
  await ok(
    officer.post(`${P}/budget/adoptions`, {
      lines: [
        line('SEC-STAFF', 'secretarial-services', 'staff-and-other-personnel', 130_000_00),
        line('EO-HEAR', 'education-outreach', 'travel', 50_000_00),
        line('COM-RADIO', 'communications', 'contractual-services', 30_000_00),
        line('EO-PRINT', 'education-outreach', 'contractual-services', 10_000_00),
      ],
    }),
  );
  await ok(
    approver.post(`${P}/budget/transfers`, {
      fromLineId: 'SEC-STAFF',
      toLineId: 'EO-HEAR',
      amount: usd(10_000_00),
      reason: 'More county hearings',
    }),
  );

  const pledge = async (donorId: string, donorName: string, amount: object, modality: string) =>
    (
      await ok(
        officer.post(`${P}/contributions`, {
          donorId,
          donorName,
          amount,
          modality,
          reportingFrequency: 'quarterly',
          firstReportDue: '2031-03-31',
        }),
      )
    ).contributionId as string;
  ids.gov = await pledge('government', 'Treasury', usd(100_000_00), 'government-budget');
  ids.eu = await pledge('eu', 'European Union', eur(100_000_00), 'basket-fund');
  await ok(
    officer.post(`${P}/exchange-rates`, {
      base: 'EUR',
      quote: 'USD',
      rate: '1.10',
      date: '2031-02-01',
      source: 'UN operational rate of exchange',
    }),
  );
  await ok(
    officer.post(`${P}/contributions/${ids.gov}/tranches`, {
      amount: usd(80_000_00),
      receivedOn: '2031-01-15',
    }),
  );
  await ok(
    officer.post(`${P}/contributions/${ids.eu}/tranches`, {
      amount: eur(50_000_00),
      receivedOn: '2031-02-01',
    }),
  );
  await ok(
    officer.post(`${P}/commitments`, {
      lineId: 'COM-RADIO',
      fundingSourceId: ids.gov,
      amount: usd(10_000_00),
      description: 'Radio airtime',
      supplier: 'National Broadcaster',
    }),
  );

  await spend('d1', 'EO-HEAR', 'eu', usd(9_000_00), { approve: true, paidOn: '2031-03-10' });
  await spend('d2', 'EO-HEAR', 'gov', usd(12_000_00), { approve: true, paidOn: '2031-04-12' });
  await spend('d3', 'SEC-STAFF', 'gov', usd(15_000_00), { approve: true, paidOn: '2031-05-05' });
  // EUR 3,000.00 at 1.10 = USD 3,300.00, paid in May, reversed this month.
  await spend('d4', 'COM-RADIO', 'eu', eur(3_000_00), { approve: true, paidOn: '2031-05-20', reverse: true });
  await spend('d5', 'EO-HEAR', 'gov', usd(3_000_00), { approve: true });
  await spend('d6', 'SEC-STAFF', 'eu', usd(1_500_00));
  await spend('d7', 'COM-RADIO', 'gov', usd(500_00), { reject: true });
  await spend('d8', 'EO-PRINT', 'eu', usd(2_000_00), { approve: true, paidOn: '2031-06-10' });

  const head = await ok(
    hr.post(`${P}/appointments/secretariat-head`, {
      ...terms('head', { monthlyCost: usd(6_000_00) }),
      appointingAuthority: { kind: 'cmb-law-or-decree' },
      accountableTo: 'chairperson',
      accountingOfficer: true,
    }),
  );
  ids.head = head.appointmentId as string;
  await ok(
    hr.post(`${P}/appointments/deputies`, {
      ...terms('dep-com', { monthlyCost: eur(5_000_00), fundingSourceId: ids.eu }),
      unit: 'communications',
    }),
  );
  const staff = async (personId: string, o: Record<string, unknown>) =>
    (
      await ok(
        hr.post(`${P}/appointments`, {
          ...terms(personId, o),
          postTitle: `Officer ${personId}`,
          reportsTo: 'The unit’s deputy',
          ...o,
        }),
      )
    ).appointmentId as string;
  const a = await staff('a', {
    contractType: 'consultant',
    unit: 'education-outreach',
    subFunction: 'public-participation',
    startDate: '2031-05-01',
    endDate: '2031-07-31',
    monthlyCost: usd(3_000_00),
    fundingSourceId: ids.eu,
  });
  await ok(hr.post(`${P}/appointments/${a}/extend`, { newEndDate: '2031-08-31' }), 200);
  await staff('b', {
    contractType: 'donor-funded',
    unit: 'communications',
    subFunction: 'media-liaison',
    startDate: '2031-08-01',
    monthlyCost: usd(4_000_00),
    fundingSourceId: ids.eu,
    donorReportingLine: { donorId: 'eu', reportsTo: 'EU Delegation programme officer' },
  });
  await staff('c', {
    unit: 'administration',
    subFunction: 'logistics',
    endDate: '2031-07-10',
    monthlyCost: { amount: 150_000_00, currency: 'KES' },
  });
  const e = await staff('e', { unit: 'administration', subFunction: 'finance', monthlyCost: usd(2_000_00) });
  await ok(hr.post(`${P}/appointments/${e}/end`, { reason: 'resigned', endDate: '2031-02-28' }), 200);
  await ok(
    hr.post(
      `${P}/secondments`,
      secondee('s1', 'Ministry of Justice', {
        startDate: '2031-03-01',
        endDate: '2031-09-30',
        salary: {
          borneBy: 'shared',
          processSharePercent: 50,
          monthlyCost: usd(2_000_00),
          fundingSourceId: ids.gov,
        },
      }),
    ),
  );
  await ok(hr.post(`${P}/secondments`, secondee('s2', 'Ministry of Finance', {})));
  await ok(
    hr.post(
      `${P}/secondments`,
      secondee('s3', 'Ministry of Justice', { startDate: '2031-02-01', endDate: '2031-07-20' }),
    ),
  );
}, 120_000);
afterAll(() => runtime?.stop());

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
    expect(view.body).toEqual({ processId: 'views', asOf: null, currency: 'USD', lines, totals });
  });

  it('shows the same figures computed from the log as of a day after everything recorded', async () => {
    expect((await asOf('/budget')).body).toEqual({
      processId: 'views',
      asOf: '2031-06-30',
      currency: 'USD',
      lines,
      totals,
    });
  });

  it('adds the lines up by unit, every unit listed', async () => {
    const columns = (...amounts: number[]) => {
      const [allocated, committed, requested, approvedNotPaid, disbursed, available] = amounts.map(usd);
      const pending = usd((requested?.amount ?? 0) + (approvedNotPaid?.amount ?? 0));
      return { allocated, committed, requested, approvedNotPaid, pending, disbursed, available };
    };
    const { body } = await asOf('/budget/by-unit');
    expect(body.units).toEqual([
      {
        unit: 'secretarial-services',
        lines: 1,
        ...columns(120_000_00, 0, 1_500_00, 0, 15_000_00, 105_000_00),
      },
      // EO-HEAR + EO-PRINT
      { unit: 'education-outreach', lines: 2, ...columns(70_000_00, 0, 0, 3_000_00, 23_000_00, 44_000_00) },
      { unit: 'communications', lines: 1, ...columns(30_000_00, 10_000_00, 0, 0, 0, 20_000_00) },
      { unit: 'administration', lines: 0, ...columns(0, 0, 0, 0, 0, 0) },
    ]);
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

  it('shows spend by month of payment, a reversal in the month it was recorded, adding up to disbursed', async () => {
    const month = (m: string, paid: number, reversed = 0) => ({
      month: m,
      paid: usd(paid),
      reversed: usd(reversed),
      spent: usd(paid - reversed),
    });
    const { body } = await asOf('/budget/monthly');
    // −3,300 + 9,000 + 12,000 + 18,300 + 2,000 = 38,000, the disbursed total.
    expect(body.overall).toEqual([
      month(thisMonth, 0, 3_300_00),
      month('2031-03', 9_000_00),
      month('2031-04', 12_000_00),
      month('2031-05', 18_300_00), // d3 15,000 + d4 3,300
      month('2031-06', 2_000_00),
    ]);
    expect(body.lines).toEqual([
      { lineId: 'COM-RADIO', months: [month(thisMonth, 0, 3_300_00), month('2031-05', 3_300_00)] },
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
      month(thisMonth, 0, 3_300_00),
      month('2031-03', 9_000_00),
      month('2031-05', 3_300_00),
      month('2031-06', 2_000_00),
    ]);
  });
});

describe('the forecast as of 30 June 2031', () => {
  /** Window March–May 2031; the mandate ends 31 December 2031 (as extended). */
  const forecast = async () => (await asOf('/budget/forecast')).body;
  const byMonth = (...costs: number[]) =>
    ['2031-07', '2031-08', '2031-09', '2031-10', '2031-11', '2031-12'].map((month, i) => ({
      month,
      cost: usd(costs[i] as number),
    }));

  it('names the day, the mandate’s end and the window, and leaves out costs in other currencies', async () => {
    const body = await forecast();
    expect(body).toMatchObject({
      processId: 'views',
      asOf: '2031-06-30',
      currency: 'USD',
      today: '2031-06-30',
      mandateEnd: '2031-12-31',
      window: { from: '2031-03-01', to: '2031-05-31' },
    });
    // The deputy is paid in EUR and officer c in KES: no rate is recorded with an appointment.
    expect(
      (body.personnelNotInBudgetCurrency as { monthlyCost: unknown }[]).map((p) => p.monthlyCost),
    ).toEqual(expect.arrayContaining([eur(5_000_00), { amount: 150_000_00, currency: 'KES' }]));
  });

  it('overall: the budget lasts, with personnel replacing their share of the burn rate', async () => {
    // Spent in the window 39,300 (9,000 + 12,000 + 18,300): burn 13,100. Personnel in the window:
    // Head 3 × 6,000 + officer a (May) 3,000 + secondee s1's half 3 × 1,000 = 24,000, so other spending
    // is (39,300 − 24,000) ÷ 3 = 5,100. Personnel July–December: 10,000, 14,000 (b starts), 11,000 (a
    // ended), 10,000, 10,000, 10,000 (s1 ended) = 65,000. 169,000 − 6 × 5,100 − 65,000 = 73,400.
    expect((await forecast()).overall).toEqual({
      available: usd(169_000_00),
      spentInWindow: usd(39_300_00),
      burnRate: usd(13_100_00),
      personnelInWindow: usd(24_000_00),
      otherSpendingRate: usd(5_100_00),
      personnelByMonth: byMonth(10_000_00, 14_000_00, 11_000_00, 10_000_00, 10_000_00, 10_000_00),
      runsOutOn: null,
      daysBeforeMandateEnd: null,
      balanceAtMandateEnd: usd(73_400_00),
    });
  });

  it('the Treasury’s money runs out 42 days before the mandate ends', async () => {
    // Spent 27,000 (April, May): burn 9,000; personnel on it 21,000 (Head 18,000, s1 3,000): other
    // 2,000. Outflow July–September 9,000, October–December 8,000: 35,000 by 31 October; November
    // spends 8,000 ÷ 30 a day, and the 19th takes it past the 5,000 left.
    const body = await forecast();
    expect(
      (body.sources as { fundingSourceId: string }[]).find((s) => s.fundingSourceId === ids.gov),
    ).toEqual({
      fundingSourceId: ids.gov,
      available: usd(40_000_00),
      spentInWindow: usd(27_000_00),
      burnRate: usd(9_000_00),
      personnelInWindow: usd(21_000_00),
      otherSpendingRate: usd(2_000_00),
      personnelByMonth: byMonth(7_000_00, 7_000_00, 7_000_00, 6_000_00, 6_000_00, 6_000_00),
      runsOutOn: '2031-11-19',
      daysBeforeMandateEnd: 42,
      balanceAtMandateEnd: usd(-11_000_00), // 40,000 − (3 × 9,000 + 3 × 8,000)
    });
  });

  it('the European Union’s money runs out 2 days before the mandate ends', async () => {
    // Spent 12,300 (March 9,000, May 3,300): burn 4,100; personnel on it: officer a in May, 3,000:
    // other 3,100. Outflow July 6,100, August 10,100 (a and b), then 7,100: 37,500 by 30 November;
    // December spends 7,100 ÷ 31 a day, and the 29th takes it past the 6,500 left.
    const body = await forecast();
    expect(
      (body.sources as { fundingSourceId: string }[]).find((s) => s.fundingSourceId === ids.eu),
    ).toMatchObject({
      available: usd(44_000_00),
      burnRate: usd(4_100_00),
      personnelInWindow: usd(3_000_00),
      otherSpendingRate: usd(3_100_00),
      personnelByMonth: byMonth(3_000_00, 7_000_00, 4_000_00, 4_000_00, 4_000_00, 4_000_00),
      runsOutOn: '2031-12-29',
      daysBeforeMandateEnd: 2,
      balanceAtMandateEnd: usd(-600_00), // 44,000 − 44,600
    });
  });

  it('per line, at each line’s own burn rate', async () => {
    expect((await forecast()).lines).toEqual([
      // May 3,300 ÷ 3 = 1,100 a month; the reversal falls outside the window.
      {
        lineId: 'COM-RADIO',
        available: usd(20_000_00),
        spentInWindow: usd(3_300_00),
        burnRate: usd(1_100_00),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(13_400_00),
      },
      // 21,000 ÷ 3 = 7,000 a month: 35,000 by 30 November, then 7,000 ÷ 31 a day: the 5th passes 1,000.
      {
        lineId: 'EO-HEAR',
        available: usd(36_000_00),
        spentInWindow: usd(21_000_00),
        burnRate: usd(7_000_00),
        runsOutOn: '2031-12-05',
        daysBeforeMandateEnd: 26,
        balanceAtMandateEnd: usd(-6_000_00),
      },
      // Paid in June only, the current month: no burn yet.
      {
        lineId: 'EO-PRINT',
        available: usd(8_000_00),
        spentInWindow: usd(0),
        burnRate: usd(0),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(8_000_00),
      },
      {
        lineId: 'SEC-STAFF',
        available: usd(105_000_00),
        spentInWindow: usd(15_000_00),
        burnRate: usd(5_000_00),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(75_000_00),
      },
    ]);
  });

  it('is the same from the read models judged on that day (?today=) as from the log as of it', async () => {
    const fromLog = await forecast();
    const sameAsLog = (body: Record<string, unknown>) =>
      isDeepStrictEqual({ ...body, asOf: fromLog.asOf }, fromLog);
    const live = await eventually(
      () => officer.get(`${P}/budget/forecast?today=2031-06-30`),
      (v) => sameAsLog(v.body),
      10_000,
    );
    expect({ ...live.body, asOf: fromLog.asOf }).toEqual(fromLog);
    expect(live.body.asOf).toBeNull();
  });

  it('today, long before 2031: nothing paid in the window, so only personnel go out', async () => {
    // Personnel over 2031: Head 12 × 6,000, a 4 × 3,000, b 5 × 4,000, s1 7 × 1,000, e 2 × 2,000 = 115,000.
    // The Treasury's: Head 72,000 + s1 7,000 + e 4,000 = 83,000 against 40,000: 8,000 in January and
    // February, 7,000 a month from March: 37,000 by 31 May, and 13 June takes it past 40,000.
    const view = await eventually(
      () => officer.get(`${P}/budget/forecast`),
      (v) =>
        (v.body.overall as { available?: { amount: number } } | undefined)?.available?.amount === 169_000_00,
      10_000,
    );
    expect(view.body.overall).toMatchObject({
      burnRate: usd(0),
      runsOutOn: null,
      balanceAtMandateEnd: usd(54_000_00),
    });
    expect(
      (view.body.sources as { fundingSourceId: string }[]).find((s) => s.fundingSourceId === ids.gov),
    ).toMatchObject({
      runsOutOn: '2031-06-13',
      daysBeforeMandateEnd: 201,
      balanceAtMandateEnd: usd(-43_000_00),
    });
  });
});

describe('the staffing view', () => {
  const staffing = async (day: string) => (await hr.get(`${P}/staffing?asOf=${day}`)).body;

  it('as of 30 June 2031: the roster by unit and contract type, vacant posts, secondees and endings', async () => {
    const body = await staffing('2031-06-30');
    // In post: the Head, the communications deputy, c (civil service), a (consultant), s1, s2, s3.
    const zero = { 'civil-service': 0, consultant: 0, 'donor-funded': 0, secondment: 0 };
    expect(body.counts).toEqual([
      { unit: null, ...zero, 'civil-service': 1, total: 1 },
      { unit: 'secretarial-services', ...zero, secondment: 3, total: 3 },
      { unit: 'education-outreach', ...zero, consultant: 1, total: 1 },
      { unit: 'communications', ...zero, 'civil-service': 1, total: 1 },
      { unit: 'administration', ...zero, 'civil-service': 1, total: 1 },
    ]);
    expect(body.totals).toEqual({
      'civil-service': 3,
      consultant: 1,
      'donor-funded': 0,
      secondment: 3,
      total: 7,
    });
    expect(body.vacantPosts).toEqual([
      'deputy-secretarial-services',
      'deputy-education-outreach',
      'deputy-administration',
    ]);
    expect(
      (body.secondeesByHomeInstitution as { homeInstitution: string; count: number }[]).map((g) => [
        g.homeInstitution,
        g.count,
      ]),
    ).toEqual([
      ['Ministry of Finance', 1],
      ['Ministry of Justice', 2],
    ]);
    expect(
      (body.endingSoon as { person: { personId: string }; daysLeft: number }[]).map((e) => [
        e.person.personId,
        e.daysLeft,
      ]),
    ).toEqual([
      ['c', 10],
      ['s3', 20],
    ]);
  });

  it('flags the share of secondees against the default threshold until leadership sets one', async () => {
    // 3 secondees of 7 in post: 42.86 % > 30 %.
    expect((await staffing('2031-06-30')).independence).toEqual({
      seconded: 3,
      donorFunded: 0,
      staff: 7,
      sharePercent: 42.86,
      thresholdPercent: 30,
      thresholdIsDefault: true,
      concern: true,
    });
    expect(await leadership.post(`${P}/independence-threshold`, { percent: 50 })).toMatchObject({
      status: 200,
      body: { processId: 'views', independenceThresholdPercent: 50 },
    });
    expect((await staffing('2031-06-30')).independence).toMatchObject({
      thresholdPercent: 50,
      thresholdIsDefault: false,
      concern: false,
    });
    // 15 August: c and s3 have left, b has started: 2 secondees + 1 donor-funded of 6 is 50 %, at the
    // threshold and not above it.
    expect((await staffing('2031-08-15')).independence).toEqual({
      seconded: 2,
      donorFunded: 1,
      staff: 6,
      sharePercent: 50,
      thresholdPercent: 50,
      thresholdIsDefault: false,
      concern: false,
    });
  });

  it('is the same from the read models judged on a day (?today=) as from the log as of it', async () => {
    const fromLog = await staffing('2031-08-15');
    const live = await eventually(
      () => hr.get(`${P}/staffing?today=2031-08-15`),
      (v) => isDeepStrictEqual({ ...v.body, asOf: fromLog.asOf }, fromLog),
      10_000,
    );
    expect({ ...live.body, asOf: fromLog.asOf }).toEqual(fromLog);
  });

  it('refuses a threshold that is not a whole percentage', async () => {
    const answer = await leadership.post(`${P}/independence-threshold`, { percent: 101 });
    expect(answer).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'percent' })] },
    });
  });

  it('today, before anyone has started: nobody in post, every post waiting for its appointee', async () => {
    const view = await eventually(
      () => hr.get(`${P}/staffing`),
      (v) => (v.body.posts as { incoming: unknown }[] | undefined)?.[0]?.incoming != null,
      10_000,
    );
    expect(view.body).toMatchObject({
      asOf: null,
      roster: [],
      vacantPosts: expect.arrayContaining(['secretariat-head']),
    });
    expect((view.body.posts as { incoming: { id: string } | null }[])[0]?.incoming?.id).toBe(ids.head);
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
    expect((await officer.get(`${P}/budget/monthly?month=2031-06`)).status).toBe(400);
  });
});

describe('a view as of a past day', () => {
  /** Events recorded on days of our choosing, straight into the runtime's Events table. */
  async function recordOn(
    recordedAt: string,
    [streamId, decider]: readonly [string, typeof process | typeof budgetLine],
    events: DomainEvent[],
  ) {
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...localAws, endpoint: runtime.dynamoEndpoint }),
    );
    const store = new EventStore(client, runtime.tables.events);
    const stream = await store.load(streamId, decider as typeof budgetLine);
    const commandId = randomUUID();
    await store.append(
      {
        commandId,
        requestHash: commandId,
        metadata: {
          processId: 'past',
          actor: 'finance-officer-1',
          role: 'finance-officer',
          commandId,
          correlationId: commandId,
          causationId: commandId,
          recordedAt,
        },
        result: {},
      },
      [{ stream, events }],
    );
    client.destroy();
  }

  beforeAll(async () => {
    await recordOn(
      '2026-01-05T09:00:00.000Z',
      ['past#process#past', process],
      [
        {
          type: 'ProcessOpened',
          data: {
            processId: 'past',
            name: 'National Dialogue',
            country: 'KE',
            mandateStart: '2026-01-01',
            mandateEnd: '2027-06-30',
            budgetCurrency: 'USD',
            reviewCadenceMonths: 3,
            openedBy: 'chair-1',
            openedAt: '2026-01-05T09:00:00.000Z',
          },
        },
      ],
    );
    await recordOn(
      '2026-01-10T09:00:00.000Z',
      ['past#budget-line#EO-1', budgetLine],
      [
        {
          type: 'BudgetLineAdopted',
          data: {
            lineId: 'EO-1',
            unit: 'education-outreach',
            activity: 'Public hearings',
            costCategory: 'travel',
            amount: usd(10_000_00),
            adoptedBy: 'finance-officer-1',
            adoptedAt: '2026-01-10T09:00:00.000Z',
          },
        },
      ],
    );
    await recordOn(
      '2026-02-10T23:59:59.999Z',
      ['past#budget-line#EO-1', budgetLine],
      [
        {
          type: 'BudgetLineRevised',
          data: {
            lineId: 'EO-1',
            previous: usd(10_000_00),
            amount: usd(12_000_00),
            reason: 'Mid-year review',
            transferId: null,
            approvedBy: 'finance-approver-1',
            revisedAt: '2026-02-10T23:59:59.999Z',
          },
        },
      ],
    );
  });

  const allocatedAsOf = async (day: string) => {
    const { status, body } = await officer.get(`/processes/past/budget?asOf=${day}`);
    return {
      status,
      asOf: body.asOf,
      allocated: (body.totals as { allocated?: unknown } | undefined)?.allocated,
    };
  };

  it('counts what was recorded by the end of that day, and nothing after', async () => {
    expect(await allocatedAsOf('2026-01-31')).toEqual({
      status: 200,
      asOf: '2026-01-31',
      allocated: usd(10_000_00),
    });
    expect(await allocatedAsOf('2026-02-09')).toMatchObject({ allocated: usd(10_000_00) });
    // Recorded at 23:59:59.999 on 10 February: in the view as of that day.
    expect(await allocatedAsOf('2026-02-10')).toMatchObject({ allocated: usd(12_000_00) });
  });

  it('answers 404 before the process was opened', async () => {
    expect(await allocatedAsOf('2026-01-04')).toMatchObject({ status: 404 });
  });

  it('agrees with the current view once the projector has caught up', async () => {
    const live = await eventually(
      () => officer.get('/processes/past/budget'),
      (v) =>
        (v.body.totals as { allocated?: { amount: number } } | undefined)?.allocated?.amount === 12_000_00,
      10_000,
    );
    const { asOf: _, ...current } = live.body;
    const { asOf: __, ...past } = (await officer.get('/processes/past/budget?asOf=2026-02-28')).body;
    expect(current).toEqual(past);
  });
});
