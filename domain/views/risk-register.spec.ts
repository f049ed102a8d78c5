import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { seconded, secondmentEndedEarly, staffAppointed } from '../../test/support/staffing-builders';
import { appointmentRow, secondmentRow } from '../../test/support/staffing-rows';
import { lineRow } from '../../test/support/view-rows';
import { rate } from '../risk/rating';
import type { BenchmarkRow } from './benchmarks';
import { budgetForecast } from './budget-forecast';
import type { DonorContributionRow } from './donor/contributions';
import type { FundingSourceRow } from './funding-sources';
import type { MandateRow } from './mandate';
import type { PostRow } from './posts';
import { type RiskRegisterInputs, riskRegisterOf } from './risk-register';
import type { RiskRow } from './risks';
import type { Spending } from './spending';

const TODAY = '2026-03-02';
const at = (likelihood: number, impact: number) => ({ likelihood, impact, ...rate(likelihood, impact) });
const risk = (o: Partial<RiskRow> & Pick<RiskRow, 'riskId'>): RiskRow => ({
  status: 'open',
  category: 'financial',
  title: o.riskId,
  cause: 'A cause',
  consequence: 'A consequence',
  owner: 'Deputy, Administration',
  mitigations: [],
  history: [],
  version: 1,
  ...o,
});
const planned = (mitigationId: string, dueDate: string, status: 'planned' | 'completed' = 'planned') => ({
  mitigationId,
  action: `Action ${mitigationId}`,
  owner: 'Finance',
  dueDate,
  status,
});

const funding = risk({
  riskId: 'funding',
  inherent: at(4, 5),
  residual: at(2, 3),
  treatment: 'mitigate',
  mitigations: [
    planned('m-1', '2026-02-15'),
    planned('m-2', '2026-04-01'),
    planned('m-3', '2026-01-31', 'completed'),
  ],
  nextReviewOn: '2026-03-01',
  history: [
    { kind: 'inherent', ...at(4, 5), assessedOn: '2026-01-05' },
    { kind: 'residual', ...at(2, 3), assessedOn: '2026-02-01' },
  ],
});
const security = risk({
  riskId: 'security',
  category: 'security',
  inherent: at(3, 4),
  nextReviewOn: '2026-03-31',
});
const unassessed = risk({ riskId: 'new' });
const closed = risk({
  riskId: 'closed',
  status: 'closed',
  inherent: at(5, 5),
  mitigations: [planned('m-9', '2026-01-10')],
  nextReviewOn: '2026-01-31',
});

const meetings: BenchmarkRow = {
  benchmarkId: 'meetings',
  kind: 'process',
  metric: 'Consultative meetings held',
  owner: { unit: 'education-outreach' },
  target: 30,
  baseline: 0,
  setOn: '2026-01-01',
  dueDate: '2026-05-01',
  value: 2,
  valueOn: '2026-02-20',
  reschedules: 0,
  version: 2,
};

const mandate: MandateRow = {
  processId: 'p1',
  name: 'Constitution Review Commission',
  mandateStart: '2026-01-01',
  mandateEnd: '2026-12-31',
  budgetCurrency: 'USD',
  reviewCadenceMonths: 3,
  extensions: 0,
  independenceThresholdPercent: null,
  version: 1,
};

const register = (o: Partial<RiskRegisterInputs> = {}) =>
  riskRegisterOf({
    risks: [closed, unassessed, funding, security],
    benchmarks: [],
    headPost: undefined,
    mandate,
    lines: [],
    sources: [],
    staff: [],
    rates: [],
    contributions: [],
    today: TODAY,
    ...o,
  });

describe('the risk register', () => {
  it('lists open risks first, highest current score first, then the closed ones', () => {
    // security 3 × 4 = 12 (inherent only), funding 2 × 3 = 6 (residual), new unassessed
    expect(register().risks.map((r) => [r.riskId, r.basis, r.score, r.rating])).toEqual([
      ['security', 'inherent', 12, 'high'],
      ['funding', 'residual', 6, 'medium'],
      ['new', null, null, null],
      ['closed', 'inherent', 25, 'critical'],
    ]);
  });

  it('flags mitigations past their due date and not completed, and a review past its date', () => {
    const entry = register().risks.find((r) => r.riskId === 'funding');
    expect(entry?.mitigations.map((m) => [m.mitigationId, m.overdue])).toEqual([
      ['m-1', true], // due 2026-02-15, still planned
      ['m-2', false], // due 2026-04-01
      ['m-3', false], // completed
    ]);
    expect(entry).toMatchObject({
      overdueMitigations: 1,
      nextReview: { on: '2026-03-01', overdue: true },
      history: funding.history,
    });
    expect(register().risks.find((r) => r.riskId === 'security')?.nextReview).toEqual({
      on: '2026-03-31',
      overdue: false,
    });
  });

  it('flags nothing overdue on a closed risk', () => {
    expect(register().risks.find((r) => r.riskId === 'closed')).toMatchObject({
      overdueMitigations: 0,
      nextReview: { on: '2026-01-31', overdue: false },
    });
  });

  it('maps the open risks on the heat map by their current assessment', () => {
    const { heatMap } = register();
    const counted = heatMap.cells.filter((cell) => cell.count > 0);
    expect(counted).toEqual([
      { likelihood: 3, impact: 4, score: 12, rating: 'high', count: 1 },
      { likelihood: 2, impact: 3, score: 6, rating: 'medium', count: 1 },
    ]);
    expect(heatMap.unassessed).toBe(1);
  });

  it('raises the derived risks of benchmarks off track and of a Head post nobody holds', () => {
    const onTrack = { ...meetings, benchmarkId: 'hearings', value: 15, valueOn: TODAY };
    const { derivedRisks } = register({ benchmarks: [meetings, onTrack] });
    // meetings: ⌊30 × 60 ÷ 120⌋ = 15 expected, 2 made: 0.13; hearings: 15 of 15
    expect(derivedRisks.map((d) => [d.code, d.subject, d.raisedBy.ratio ?? null])).toEqual([
      ['benchmark-off-track', 'benchmark:meetings', 0.13],
      ['secretariat-head-vacant', 'post:secretariat-head', null],
    ]);
  });

  it('drops the Head vacancy once a Head is in post', () => {
    const headPost: PostRow = {
      postId: 'secretariat-head',
      status: 'filled',
      holder: { appointmentId: 'a-1', person: { personId: 'p-1', name: 'Amina' }, startDate: '2026-01-10' },
      version: 1,
    };
    expect(register({ headPost }).derivedRisks).toEqual([]);
  });
});

/**
 * The risks the budget, donor and staffing views raise, on 2 March 2026: the burn rate's window is
 * December to February, the mandate ends 31 December 2026.
 */
describe('the derived risks from the budget forecast, the reporting calendar and the staffing mix', () => {
  const january: Spending = { '2026-01': { paid: usd(9_000_00), reversed: usd(0) } };
  // 21,000.00 allocated, 9,000.00 paid in January: 12,000.00 available, burning 9,000 ÷ 3 = 3,000.00 a month.
  const hearings = lineRow('EO-1', {
    allocatedAmount: 21_000_00,
    disbursed: usd(9_000_00),
    spending: january,
  });
  const radio = lineRow('COM-1', { allocatedAmount: 50_000_00 });
  const eu = (available: number) =>
    ({ fundingSourceId: 'eu', available: usd(available), spending: january }) as FundingSourceRow;
  // Paid from the Treasury, which has no source row here: counted overall only; in post from 1 March.
  const officer = appointmentRow(
    staffAppointed({
      appointmentId: 'a-1',
      person: { personId: 'p-1', name: 'Officer' },
      contractType: 'civil-service',
      unit: 'administration',
      postTitle: 'Finance Officer',
      startDate: '2026-03-01',
      endDate: undefined,
      monthlyCost: usd(1_000_00),
      fundingSourceId: 'gov',
    }),
  );
  // Paid by the ministry lending them: no cost to the budget, but seconded.
  const lent = seconded({
    secondmentId: 's-1',
    person: { personId: 'p-2', name: 'Secondee' },
    homeInstitution: 'Ministry of Justice',
    unit: 'secretarial-services',
    postTitle: 'Legal Researcher',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    salary: { borneBy: 'home-institution' },
  });
  const secondee = secondmentRow(lent);
  const report = (periodEnd: string) => ({
    periodEnd,
    submittedOn: '2026-03-01',
    document: { reference: `R-${periodEnd}`, sha256: 'a'.repeat(64) },
  });
  const contribution = (
    contributionId: string,
    donorId: string,
    calendar: Pick<DonorContributionRow, 'reportingFrequency' | 'firstReportDue'>,
    reports: DonorContributionRow['reports'] = [],
  ) => ({ contributionId, donorId, ...calendar, reports }) as DonorContributionRow;
  // EU: monthly from 31 January, so 31 January and 28 February have passed; UN: first due 31 March.
  const euReports = (...reports: DonorContributionRow['reports']) =>
    contribution('c-eu', 'eu', { reportingFrequency: 'monthly', firstReportDue: '2026-01-31' }, reports);
  const un = contribution('c-un', 'un', { reportingFrequency: 'quarterly', firstReportDue: '2026-03-31' });

  const everything = {
    lines: [hearings, radio],
    sources: [eu(6_000_00)],
    staff: [officer, secondee],
    contributions: [euReports(), un],
    // A Head in post, so the vacancy stays out of these tests.
    headPost: {
      postId: 'secretariat-head',
      status: 'filled',
      holder: { appointmentId: 'h', person: { personId: 'h', name: 'Head' }, startDate: '2026-01-01' },
      version: 1,
    } as PostRow,
  };
  const derived = (o: Partial<RiskRegisterInputs> = {}) => register({ ...everything, ...o }).derivedRisks;
  const codes = (o: Partial<RiskRegisterInputs> = {}) => derived(o).map((d) => `${d.code} ${d.subject}`);

  it('raises each risk the numbers call for, saying which numbers raised it', () => {
    expect(derived()).toEqual([
      expect.objectContaining({
        code: 'budget-line-runs-out-before-mandate-end',
        subject: 'budget-line:EO-1',
        rating: 'high',
        // From 3 March, 3,000.00 a month spread over each month's days: March's 29 days 3,000 × 29 ÷ 31,
        // April to June 9,000.00, 2 July 3,000 × 2 ÷ 31: 3,000 × 31 ÷ 31 + 9,000 = 12,000.00 on 2 July.
        // To 31 December: 3,000 × 29 ÷ 31 + 9 × 3,000 = 29,806.45 goes out, 12,000 − 29,806.45 = −17,806.45.
        raisedBy: {
          lineId: 'EO-1',
          available: usd(12_000_00),
          burnRate: usd(3_000_00),
          runsOutOn: '2026-07-02',
          mandateEnd: '2026-12-31',
          daysBeforeMandateEnd: 182, // 29 (July) + 31 + 30 + 31 + 30 + 31
          balanceAtMandateEnd: usd(-17_806_45),
        },
      }),
      expect.objectContaining({
        code: 'funding-source-runs-out-before-mandate-end',
        subject: 'funding-source:eu',
        // 6,000.00 at 3,000.00 a month, nobody paid from it: 3,000 × 29 ÷ 31 + 3,000 × 2 ÷ 31 = 3,000 by
        // 2 April, 6,000.00 on 2 May; 6,000 − 29,806.45 = −23,806.45 on 31 December.
        raisedBy: {
          fundingSourceId: 'eu',
          available: usd(6_000_00),
          burnRate: usd(3_000_00),
          runsOutOn: '2026-05-02',
          mandateEnd: '2026-12-31',
          daysBeforeMandateEnd: 243, // 29 (May) + 30 + 31 + 31 + 30 + 31 + 30 + 31
          balanceAtMandateEnd: usd(-23_806_45),
        },
      }),
      expect.objectContaining({
        code: 'donor-report-overdue',
        subject: 'donor-report:c-eu:2026-01-31',
        // 31 January to 2 March: 28 days of February + 2
        raisedBy: {
          donorId: 'eu',
          contributionId: 'c-eu',
          reportDue: '2026-01-31',
          today: TODAY,
          daysOverdue: 30,
        },
      }),
      expect.objectContaining({
        code: 'donor-report-overdue',
        subject: 'donor-report:c-eu:2026-02-28',
        raisedBy: {
          donorId: 'eu',
          contributionId: 'c-eu',
          reportDue: '2026-02-28',
          today: TODAY,
          daysOverdue: 2,
        },
      }),
      expect.objectContaining({
        code: 'independence-indicator-over-threshold',
        subject: 'staffing:independence',
        // 1 secondee of 2 in post: 50 %, over the default 30 %
        raisedBy: { seconded: 1, donorFunded: 0, staff: 2, sharePercent: 50, thresholdPercent: 30 },
      }),
    ]);
  });

  it('uses the budget view’s own forecast, so the register and the view show the same day', () => {
    const forecast = budgetForecast({
      today: TODAY,
      mandate,
      lines: everything.lines,
      sources: everything.sources,
      staff: everything.staff,
      rates: [],
    });
    const runsOut = derived()
      .filter((d) => d.code.endsWith('runs-out-before-mandate-end'))
      .map((d) => d.raisedBy.runsOutOn);
    expect(runsOut).toEqual([forecast.lines[0]?.runsOutOn, forecast.sources[0]?.runsOutOn]);
  });

  it('leaves the whole budget alone while it lasts, and raises a critical risk when it does not', () => {
    // Both lines: 62,000.00 against 29,806.45 of spending and the officer's 1,000 × 29 ÷ 31 + 9 × 1,000
    // = 9,935.48: 39,741.94 goes out by 31 December, so the budget lasts.
    expect(codes()).not.toContain('budget-runs-out-before-mandate-end budget:overall');
    // EO-1 alone: 12,000.00 against 4,000.00 a month (3,000 spending + the officer's 1,000): by 31 May
    // 4,000 × 29 ÷ 31 + 8,000 = 11,741.94, and 2 June adds 2 × 4,000 ÷ 30 = 266.67, past 12,000.00.
    expect(derived({ lines: [hearings] })[0]).toEqual({
      code: 'budget-runs-out-before-mandate-end',
      subject: 'budget:overall',
      category: 'financial',
      rating: 'critical',
      title: 'The budget is forecast to run out on 2026-06-02, before the mandate ends on 2026-12-31',
      raisedBy: {
        available: usd(12_000_00),
        burnRate: usd(3_000_00),
        runsOutOn: '2026-06-02',
        mandateEnd: '2026-12-31',
        daysBeforeMandateEnd: 212, // 28 (June) + 31 + 31 + 30 + 31 + 30 + 31
        // The line's 12,000 − (3,000 × 29 ÷ 31 + 9 × 3,000) = −17,806.45 and the officer, on no line,
        // −(1,000 × 29 ÷ 31 + 9 × 1,000) = −9,935.48: the overall is their sum as shown.
        balanceAtMandateEnd: usd(-27_741_93),
      },
    });
  });

  it('raises no whole-budget risk before any line is adopted: there is nothing to run out yet', () => {
    expect(codes({ lines: [] }).filter((c) => c.startsWith('budget'))).toEqual([]);
  });

  it('clears a run-out once more money is available: a revision to the line, a tranche to the source', () => {
    // EO-1 revised up by 20,000.00: 32,000.00 against the 29,806.45 that goes out by 31 December.
    const revised = { ...hearings, available: usd(32_000_00) };
    // A tranche of 24,000.00 into the EU's source: 30,000.00, 193.55 left on 31 December.
    expect(codes({ lines: [revised, radio], sources: [eu(30_000_00)] })).toEqual([
      'donor-report-overdue donor-report:c-eu:2026-01-31',
      'donor-report-overdue donor-report:c-eu:2026-02-28',
      'independence-indicator-over-threshold staffing:independence',
    ]);
    // 29,700.00 is short of it: 29,806.45 − 3,000 ÷ 31 = 29,709.68 has gone out by 30 December.
    expect(derived({ sources: [eu(29_700_00)] })[1]).toMatchObject({
      subject: 'funding-source:eu',
      raisedBy: { runsOutOn: '2026-12-30', daysBeforeMandateEnd: 1 },
    });
  });

  it('clears a report overdue once a report answers its date, the oldest first', () => {
    const reported = (...dates: string[]) =>
      codes({ contributions: [euReports(...dates.map(report)), un] }).filter((c) => c.startsWith('donor'));
    expect(reported('2026-01-31')).toEqual(['donor-report-overdue donor-report:c-eu:2026-02-28']);
    expect(reported('2026-01-31', '2026-02-28')).toEqual([]);
  });

  it('keeps a report overdue when the report sent covers only part of its period', () => {
    // The second report covers 1 to 15 February: 28 February's date is still unanswered.
    const donorRisks = codes({
      contributions: [euReports(report('2026-01-31'), report('2026-02-15')), un],
    }).filter((c) => c.startsWith('donor'));
    expect(donorRisks).toEqual(['donor-report-overdue donor-report:c-eu:2026-02-28']);
  });

  it('clears the independence risk at the threshold, and when the secondee leaves', () => {
    const independence = (o: Partial<RiskRegisterInputs>) =>
      codes(o).filter((c) => c.startsWith('independence'));
    // 1 of 2 = 50 %: over 49 %, not over 50 %
    expect(independence({ mandate: { ...mandate, independenceThresholdPercent: 49 } })).toHaveLength(1);
    expect(independence({ mandate: { ...mandate, independenceThresholdPercent: 50 } })).toEqual([]);
    // Left on 28 February: 0 of 1 in post on 2 March
    expect(
      independence({
        staff: [officer, secondmentRow(lent, secondmentEndedEarly({ endDate: '2026-02-28' }))],
      }),
    ).toEqual([]);
  });
});
