import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysLate,
  eur,
  firstReportDue,
  P,
  recordDonorsStory,
  secondReportDue,
  today,
  usd,
} from '../support/donors-process';
import { type Caller, eventually } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';

/** A donor's view over HTTP: its report, contributions, staff, what its money paid for and its calendar. */
let local: LocalProcesses;
let ids: Record<string, string>;
let officer: Caller;
let auditor: Caller;

beforeAll(async () => {
  local = await startLocalProcesses(['donors']);
  ({ officer, auditor } = local);
  ids = await recordDonorsStory(local);
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('a donor’s report to it', () => {
  const reports = () => `${P}/contributions/${ids.eu}/reports`;
  const report = { reference: 'EU-REPORT-1', sha256: 'f'.repeat(64) };

  it('is refused for a period that has not ended, then recorded', async () => {
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
      body: { contributionId: ids.eu, version: 7 },
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

  it('shows a contract ended once the day asked is past its end date, though nobody recorded an end', async () => {
    await settled();
    const statusOn = async (day: string) =>
      ((await auditor.get(`${P}/donors/eu?today=${day}`)).body.staff as { status: string }[])[0]?.status;
    // The officer's contract runs to 30 June 2027.
    expect(await statusOn('2027-06-30')).toBe('active');
    expect(await statusOn('2027-07-01')).toBe('ended');
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
    // The report to the 15th of last month answered it, late by `daysLate` days; the next is two months on.
    expect(eu?.reporting).toMatchObject({
      nextDue: secondReportDue,
      overdue: false,
      overdueReports: 0,
      submitted: [{ answers: [firstReportDue], submittedOn: today, onTime: daysLate <= 0 }],
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

  it('is asked from the log as known at an instant: the same view at the end of today, none the day before', async () => {
    const live = await settled();
    const knownToday = await auditor.get(`${P}/donors/eu?knownAt=${today}`);
    expect(knownToday.body).toEqual({ ...live.body, knownAt: `${today}T23:59:59.999Z` });
    const dayBefore = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    // Everything here was recorded today: as known the day before, the EU had pledged nothing yet.
    expect(await auditor.get(`${P}/donors/eu?knownAt=${dayBefore}`)).toMatchObject({
      status: 404,
      body: { error: 'donor-not-found' },
    });
    expect((await auditor.get(`${P}/donors?knownAt=${dayBefore}`)).body).toMatchObject({
      asOf: null,
      knownAt: `${dayBefore}T23:59:59.999Z`,
      donors: [],
    });
  });
});

describe('a report that covers only part of the next period', () => {
  const afterSecondDue = new Date(Date.parse(secondReportDue) + 86_400_000).toISOString().slice(0, 10);

  it('leaves the next date unanswered: overdue in the donor view and in the register after it', async () => {
    // The quarter ending on the second date started after the first; a report to today covers part of it.
    const partial = await officer.post(`${P}/contributions/${ids.eu}/reports`, {
      periodEnd: today,
      submittedOn: today,
      document: { reference: 'EU-REPORT-2', sha256: 'a'.repeat(64) },
    });
    expect(partial).toMatchObject({ status: 201, body: { contributionId: ids.eu, version: 8 } });
    const { body } = await eventually(
      () => auditor.get(`${P}/donors/eu?today=${afterSecondDue}`),
      (v) =>
        (v.body.contributions as { reporting: { submitted: unknown[] } }[] | undefined)?.[0]?.reporting
          .submitted.length === 2,
      10_000,
    );
    const [eu] = body.contributions as { reporting: Record<string, unknown> }[];
    expect(eu?.reporting).toMatchObject({
      nextDue: secondReportDue,
      overdue: true,
      daysOverdue: 1,
      overdueReports: 1,
    });
    const register = await local.leadership.get(`${P}/risk-register?today=${afterSecondDue}`);
    const overdue = (register.body.derivedRisks as { code: string; subject: string }[])
      .filter((risk) => risk.code === 'donor-report-overdue')
      .map((risk) => risk.subject);
    expect(overdue).toContain(`donor-report:${ids.eu}:${secondReportDue}`);
  });
});
