import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Answer, type Caller, callerAs, settled, startRuntime } from '../support/http';

/**
 * The risks the budget forecast, the donor reporting calendar and the staffing mix raise in the
 * register, over HTTP. The process runs in 2032 and every view is asked about 10 May 2032 through
 * `?today=`: the burn rate's window is February to April, the mandate ends 31 December 2032.
 */
let runtime: LocalRuntime;
let officer: Caller;
let approver: Caller;
let hr: Caller;
let leadership: Caller;
const P = '/processes/derived';
const T = '2032-05-10';
const usd = (amount: number) => ({ amount, currency: 'USD' });
/** The day the handlers' clock says: a report cannot be sent later than that. */
let eu = '';

const created = async (answer: Promise<Answer>, status = 201) => {
  const { status: got, body } = await answer;
  expect({ status: got, body }).toMatchObject({ status });
  return body;
};

interface Risk {
  readonly code: string;
  readonly subject: string;
  readonly rating: string;
  readonly raisedBy: Record<string, unknown>;
}

const register = () => leadership.get(`${P}/risk-register?today=${T}`);
const derivedOf = (answer: Answer) => answer.body.derivedRisks as Risk[];
const named = (answer: Answer) => derivedOf(answer).map((risk) => `${risk.code} ${risk.subject}`);

beforeAll(async () => {
  // Recorded on the morning of the day every view is asked about: each date given is one lived.
  runtime = await startRuntime(`${T}T08:00:00.000Z`);
  const membership = { processes: ['derived'] };
  let admin: Caller;
  [officer, approver, hr, leadership, admin] = await Promise.all([
    callerAs(runtime, 'finance-officer-1', ['finance-officer'], membership),
    callerAs(runtime, 'finance-approver-1', ['finance-approver'], membership),
    callerAs(runtime, 'hr-officer-1', ['hr-officer'], membership),
    callerAs(runtime, 'chair-1', ['leadership'], membership),
    callerAs(runtime, 'admin-1', ['admin'], membership),
  ]);
  await created(
    admin.post(P, {
      name: 'Constitution Review Commission',
      country: 'KE',
      mandateStart: '2032-01-01',
      mandateEnd: '2032-12-31',
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
    }),
  );
  const line = (lineId: string, unit: string, amount: number) => ({
    lineId,
    unit,
    activity: `Activity ${lineId}`,
    costCategory: 'travel',
    amount: usd(amount),
  });
  await created(
    approver.post(`${P}/budget/adoptions`, {
      lines: [line('EO-1', 'education-outreach', 18_000_00), line('COM-1', 'communications', 30_000_00)],
    }),
  );
  // The EU pledges 40,000.00, reports quarterly from 31 March, and has sent half so far.
  eu = (
    await created(
      officer.post(`${P}/contributions`, {
        donorId: 'eu',
        donorName: 'European Union',
        amount: usd(40_000_00),
        modality: 'basket-fund',
        reportingFrequency: 'quarterly',
        firstReportDue: '2032-03-31',
      }),
    )
  ).contributionId as string;
  await created(
    officer.post(`${P}/contributions/${eu}/tranches`, { amount: usd(20_000_00), receivedOn: '2032-02-01' }),
  );
  // 9,000.00 paid from EO-1 and the EU's money on 10 March, inside the window.
  const { disbursementId } = await created(
    officer.post(`${P}/disbursements`, {
      lineId: 'EO-1',
      fundingSourceId: eu,
      amount: usd(9_000_00),
      payee: 'Venue Ltd',
      purpose: 'Halls for the hearings',
      supportingDocument: { reference: 'INV-1', sha256: 'e'.repeat(64) },
      requestedOn: '2032-03-09',
    }),
  );
  await created(
    approver.post(`${P}/disbursements/${disbursementId}/approve`, { approvedOn: '2032-03-10' }),
    200,
  );
  await created(
    officer.post(`${P}/disbursements/${disbursementId}/pay`, {
      paymentReference: 'EFT-1',
      paidOn: '2032-03-10',
    }),
    200,
  );
  // One person in post, seconded, paid by the lending ministry: no cost to the budget.
  await created(
    hr.post(`${P}/secondments`, {
      person: { personId: 'sec-1', name: 'Achieng Otieno' },
      homeInstitution: 'Ministry of Justice',
      postTitle: 'Legal Researcher',
      unit: 'secretarial-services',
      startDate: '2032-01-01',
      endDate: '2032-12-31',
      salary: { borneBy: 'home-institution' },
      reportingLinesToHome: 'Quarterly report to the Ministry',
    }),
  );
});
afterAll(() => runtime?.stop());

describe('the risks the data raises in the register over HTTP', () => {
  it('raises a line, a source, a donor report and the independence indicator, with the numbers behind each', async () => {
    const answer = await settled(register, (a) =>
      expect(named(a)).toEqual([
        'budget-line-runs-out-before-mandate-end budget-line:EO-1',
        `funding-source-runs-out-before-mandate-end funding-source:${eu}`,
        `donor-report-overdue donor-report:${eu}:2032-03-31`,
        'independence-indicator-over-threshold staffing:independence',
        'secretariat-head-vacant post:secretariat-head',
      ]),
    );
    const [line, source, report, independence] = derivedOf(answer);
    // EO-1: 18,000 − 9,000 = 9,000.00 available, 9,000 ÷ 3 = 3,000.00 a month, spread over each month's
    // days from 11 May: May's 21 days 3,000 × 21 ÷ 31, June and July 6,000, 10 August 3,000 × 10 ÷ 31:
    // 3,000 × 31 ÷ 31 + 6,000 = 9,000.00 on 10 August. By 31 December 3,000 × 21 ÷ 31 + 7 × 3,000
    // = 23,032.26 goes out: 9,000 − 23,032.26 = −14,032.26.
    expect(line).toMatchObject({
      rating: 'high',
      raisedBy: {
        lineId: 'EO-1',
        available: usd(9_000_00),
        burnRate: usd(3_000_00),
        runsOutOn: '2032-08-10',
        mandateEnd: '2032-12-31',
        daysBeforeMandateEnd: 143, // 21 (August) + 30 + 31 + 30 + 31
        balanceAtMandateEnd: usd(-14_032_26),
      },
    });
    // The EU's source: 20,000 − 9,000 = 11,000.00 at 3,000.00 a month: 8,032.26 by 31 July, and August
    // adds 3,000 ÷ 31 a day: 30 days 10,935.48, 31 days 11,032.26, past 11,000.00 on the 31st.
    expect(source).toMatchObject({
      raisedBy: {
        fundingSourceId: eu,
        available: usd(11_000_00),
        runsOutOn: '2032-08-31',
        daysBeforeMandateEnd: 122, // 30 + 31 + 30 + 31
        balanceAtMandateEnd: usd(-12_032_26), // 11,000 − 23,032.26
      },
    });
    // Due 31 March, asked 10 May: 30 days of April + 10
    expect(report?.raisedBy).toEqual({
      donorId: 'eu',
      contributionId: eu,
      reportDue: '2032-03-31',
      today: T,
      daysOverdue: 40,
    });
    // 1 secondee of 1 in post: 100 %, over the default 30 %
    expect(independence?.raisedBy).toEqual({
      seconded: 1,
      donorFunded: 0,
      staff: 1,
      sharePercent: 100,
      thresholdPercent: 30,
    });
  });

  it('shows the same run-out days as the budget forecast and the same figures as the staffing view', async () => {
    const risks = derivedOf(await register());
    const raisedBy = (code: string) => risks.find((risk) => risk.code === code)?.raisedBy;
    const forecast = (await leadership.get(`${P}/budget/forecast?today=${T}`)).body as {
      lines: { lineId: string; runsOutOn: string | null }[];
      sources: { fundingSourceId: string; runsOutOn: string | null }[];
    };
    const eo1 = forecast.lines.find((l) => l.lineId === 'EO-1');
    expect(eo1?.runsOutOn).toBe('2032-08-10');
    expect(raisedBy('budget-line-runs-out-before-mandate-end')?.runsOutOn).toBe(eo1?.runsOutOn);
    const source = forecast.sources.find((s) => s.fundingSourceId === eu);
    expect(source?.runsOutOn).toBe('2032-08-31');
    expect(raisedBy('funding-source-runs-out-before-mandate-end')?.runsOutOn).toBe(source?.runsOutOn);

    const staffing = (await leadership.get(`${P}/staffing?today=${T}`)).body;
    expect(staffing.independence).toMatchObject({
      ...raisedBy('independence-indicator-over-threshold'),
      concern: true,
    });
  });

  it('shows the donor’s reporting status for the same day as the register, and the day of the request without it', async () => {
    const report = derivedOf(await register()).find((risk) => risk.code === 'donor-report-overdue');
    const donor = (await officer.get(`${P}/donors/eu?today=${T}`)).body;
    const [contribution] = donor.contributions as { reporting: Record<string, unknown> }[];
    expect(contribution?.reporting).toMatchObject({
      nextDue: report?.raisedBy.reportDue,
      overdue: true,
      daysOverdue: report?.raisedBy.daysOverdue,
      overdueReports: 1,
    });
    expect(donor.reporting).toMatchObject({ nextDue: '2032-03-31', nextDueFor: eu, overdue: true });
    const listed = (await officer.get(`${P}/donors?today=${T}`)).body.donors as { reporting: unknown }[];
    expect(listed[0]?.reporting).toEqual(donor.reporting);
    // Without `today`, the day the request is made (the runtime's clock reads T); a year before, nothing is late.
    expect((await officer.get(`${P}/donors/eu`)).body.reporting).toEqual(donor.reporting);
    expect((await officer.get(`${P}/donors/eu?today=2023-05-10`)).body.reporting).toMatchObject({
      overdue: false,
    });
    const bad = await officer.get(`${P}/donors/eu?today=10-05-2032`);
    expect(bad.status).toBe(400);
    expect((bad.body.issues as { field: string }[]).map((i) => i.field)).toEqual(['query.today']);
  });

  it('clears each risk once a command changes the numbers that raised it, and only then', async () => {
    // EO-1 revised to 38,000.00: 29,000.00 available against the 23,032.26 that goes out by 31 December.
    await created(
      approver.post(`${P}/budget-lines/EO-1/revisions`, { amount: usd(38_000_00), reason: 'More hearings' }),
      200,
    );
    // The EU's second tranche: 31,000.00 against the same 23,032.26.
    await created(
      officer.post(`${P}/contributions/${eu}/tranches`, { amount: usd(20_000_00), receivedOn: T }),
    );
    // A report to 29 February answers no date of the calendar (the first is 31 March), so the report
    // overdue stays.
    await created(
      officer.post(`${P}/contributions/${eu}/reports`, {
        periodEnd: '2032-02-29',
        submittedOn: T,
        document: { reference: 'EU-Q1', sha256: 'f'.repeat(64) },
      }),
    );
    // Leadership accepts up to 100 %: 1 of 1 is at the threshold, not over it.
    await created(leadership.post(`${P}/independence-threshold`, { percent: 100 }), 200);

    await settled(register, (a) =>
      expect(named(a)).toEqual([
        `donor-report-overdue donor-report:${eu}:2032-03-31`,
        'secretariat-head-vacant post:secretariat-head',
      ]),
    );
  });
});
