import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar';
import type { LocalRuntime } from '../../local/runtime';
import { type Answer, type Caller, callerAs, settled, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let head: Caller;
let officer: Caller;
let approver: Caller;

/**
 * Benchmarks start on the day they are set (the clock's day) and progress cannot be dated later than
 * the day it is recorded, so every date here is counted from today, S, and the views are asked about
 * day S + 60 through `?today=`.
 */
const S = new Date().toISOString().slice(0, 10);
const on = (days: number) => addDays(S, days);
const T = on(60);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const evidence = { reference: 'Minutes of the committee', sha256: 'cd'.repeat(32) };

const benchmarkIds: Record<string, string> = {};

async function setBenchmark(name: string, body: Record<string, unknown>, progress?: number) {
  const set = await head.post('/processes/p1/benchmarks', body);
  expect(set.status).toBe(201);
  benchmarkIds[name] = set.body.benchmarkId as string;
  if (progress !== undefined) {
    const recorded = await head.post(`/processes/p1/benchmarks/${set.body.benchmarkId}/progress`, {
      date: S,
      value: progress,
      evidence,
    });
    expect(recorded.status).toBe(200);
  }
}

async function identifyRisk(body: Record<string, unknown>, assessments: Record<string, unknown>[]) {
  const identified = await head.post('/processes/p1/risks', {
    cause: 'A cause',
    consequence: 'A consequence',
    ...body,
  });
  expect(identified.status).toBe(201);
  const path = `/processes/p1/risks/${identified.body.riskId}`;
  for (const assessment of assessments)
    expect((await head.post(`${path}/assessments`, assessment)).status).toBe(200);
  return path;
}

beforeAll(async () => {
  runtime = await startRuntime();
  const membership = { processes: ['p1', 'nowhere'] };
  head = await callerAs(runtime, 'secretariat-head', ['leadership'], membership);
  officer = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], membership);
  approver = await callerAs(runtime, 'finance-approver-1', ['finance-approver'], membership);
  const admin = await callerAs(runtime, 'admin-1', ['admin'], membership);

  // A mandate of 300 days, 30 of them gone when the benchmarks are set: on day S + 60, 90 of 300.
  const opened = await admin.post('/processes/p1', {
    name: 'Constitution Review Commission',
    country: 'KE',
    mandateStart: on(-30),
    mandateEnd: on(270),
    budgetCurrency: 'USD',
    reviewCadenceMonths: 3,
  });
  expect(opened.status).toBe(201);

  // 10,000.00 disbursed (paid) of a 40,000.00 budget.
  const pledge = await officer.post('/processes/p1/contributions', {
    donorId: 'government',
    donorName: 'Treasury',
    amount: usd(200_000_00),
    modality: 'government-budget',
    reportingFrequency: 'quarterly',
    firstReportDue: on(90),
  });
  await officer.post(`/processes/p1/contributions/${pledge.body.contributionId}/tranches`, {
    amount: usd(200_000_00),
    receivedOn: S,
  });
  await officer.post('/processes/p1/budget-lines', {
    lineId: 'EO-1',
    unit: 'education-outreach',
    activity: 'Public hearings',
    costCategory: 'travel',
    amount: usd(40_000_00),
  });
  const requested = await officer.post('/processes/p1/disbursements', {
    lineId: 'EO-1',
    fundingSourceId: pledge.body.contributionId,
    amount: usd(10_000_00),
    payee: 'Venue Ltd',
    purpose: 'Halls for the hearings',
    supportingDocument: { reference: 'QUOTE-17', sha256: 'b'.repeat(64) },
  });
  expect(
    (await approver.post(`/processes/p1/disbursements/${requested.body.disbursementId}/approve`)).status,
  ).toBe(200);
  expect(
    (
      await officer.post(`/processes/p1/disbursements/${requested.body.disbursementId}/pay`, {
        paymentReference: 'EFT-17',
        paidOn: S,
      })
    ).status,
  ).toBe(200);

  const owner = { unit: 'education-outreach' };
  await setBenchmark('hearings', {
    kind: 'process',
    metric: 'Public hearings held',
    target: 10,
    dueDate: on(30),
    owner,
  });
  await setBenchmark(
    'areas',
    { kind: 'process', metric: 'Counties covered', target: 5, dueDate: on(90), owner },
    5,
  );
  await setBenchmark(
    'meetings',
    { kind: 'process', metric: 'Consultative meetings held', target: 30, dueDate: on(120), owner },
    10,
  );
  await setBenchmark('draft', {
    kind: 'output',
    metric: 'First draft produced',
    target: 1,
    dueDate: on(180),
    owner: { unit: 'secretarial-services' },
  });

  await head.post('/processes/p1/review-points', { date: on(10), title: 'Inception review' });
  await head.post('/processes/p1/review-points', { date: on(75), title: 'First quarter review' });
});
afterAll(() => runtime?.stop());

describe('the benchmark dashboard over HTTP', () => {
  it('answers every benchmark’s status and numbers, and the mandate at a glance, for the day asked', async () => {
    const common = { kind: 'process', baseline: 0, setOn: S, reschedules: 0, daysElapsed: 60 };
    const expected = {
      processId: 'p1',
      today: T,
      mandate: {
        mandateStart: on(-30),
        mandateEnd: on(270),
        timeElapsedPercent: 30, // 90 of 300 days
        benchmarks: 4,
        benchmarksAchieved: 1,
        benchmarksAchievedPercent: 25, // 1 of 4
        byStatus: { achieved: 1, 'on-track': 1, 'at-risk': 1, 'off-track': 0, missed: 1 },
        // 10,000.00 of 40,000.00, from the budget view's line
        budgetSpent: { allocated: usd(40_000_00), disbursed: usd(10_000_00), percent: 25 },
      },
      benchmarks: [
        {
          ...common,
          benchmarkId: benchmarkIds.hearings,
          metric: 'Public hearings held',
          owner: { unit: 'education-outreach' },
          target: 10,
          dueDate: on(30),
          value: 0,
          status: 'missed', // due on day 30, asked on day 60, 0 of 10
          percentComplete: 0,
          daysPlanned: 30,
          daysLeft: 0,
          expectedNow: 10,
          ratio: 0,
          rateNeeded: null,
          rateAchieved: null,
          projectedAtDue: 0,
        },
        {
          ...common,
          benchmarkId: benchmarkIds.areas,
          metric: 'Counties covered',
          owner: { unit: 'education-outreach' },
          target: 5,
          dueDate: on(90),
          value: 5,
          valueOn: S,
          achievedOn: S,
          status: 'achieved',
          percentComplete: 100,
          daysPlanned: 90,
          daysLeft: 30,
          expectedNow: 3, // ⌊5 × 60 ÷ 90⌋ = ⌊3.33⌋
          ratio: 1.67, // 5 ÷ 3
          rateNeeded: 0,
          rateAchieved: null, // reported on the day it was set: no pace to measure
          projectedAtDue: 5,
        },
        {
          ...common,
          benchmarkId: benchmarkIds.meetings,
          metric: 'Consultative meetings held',
          owner: { unit: 'education-outreach' },
          target: 30,
          dueDate: on(120),
          value: 10,
          valueOn: S,
          status: 'at-risk', // 10 ÷ 15 = 0.67
          percentComplete: 33.3, // 10 ÷ 30
          daysPlanned: 120,
          daysLeft: 60,
          expectedNow: 15, // ⌊30 × 60 ÷ 120⌋
          ratio: 0.67,
          rateNeeded: 10, // 20 left × 30 ÷ 60 days
          rateAchieved: null,
          projectedAtDue: null,
        },
        {
          ...common,
          kind: 'output',
          benchmarkId: benchmarkIds.draft,
          metric: 'First draft produced',
          owner: { unit: 'secretarial-services' },
          target: 1,
          dueDate: on(180),
          value: 0,
          status: 'on-track', // ⌊1 × 60 ÷ 180⌋ = 0: no whole draft expected yet
          percentComplete: 0,
          daysPlanned: 180,
          daysLeft: 120,
          expectedNow: 0,
          ratio: null,
          rateNeeded: 0.25, // 1 × 30 ÷ 120
          rateAchieved: null,
          projectedAtDue: null,
        },
      ],
      nextReviewPoint: { reviewPointId: expect.any(String), date: on(75), title: 'First quarter review' },
    };
    await settled(
      () => head.get(`/processes/p1/dashboard?today=${T}`),
      ({ body }) => expect(body).toEqual(expected),
    );
  });

  it('judges against today’s date when none is given', async () => {
    const answer = await head.get('/processes/p1/dashboard');
    expect(answer.status).toBe(200);
    expect(answer.body.today).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses a malformed day and an unknown parameter, and answers 404 for a process never opened', async () => {
    const bad = await head.get('/processes/p1/dashboard?today=tomorrow&view=all');
    expect(bad.status).toBe(400);
    expect((bad.body.issues as { field: string }[]).map((i) => i.field).sort()).toEqual([
      'query',
      'query.today',
    ]);
    expect(await head.get('/processes/nowhere/dashboard')).toMatchObject({
      status: 404,
      body: { error: 'process-not-found' },
    });
  });
});

describe('the risk register over HTTP', () => {
  let funding: string;

  beforeAll(async () => {
    funding = await identifyRisk(
      { category: 'financial', title: 'Tranche delayed', owner: 'Deputy, Administration' },
      [
        { kind: 'inherent', likelihood: 4, impact: 5 },
        { kind: 'residual', likelihood: 2, impact: 3, treatment: 'mitigate' },
      ],
    );
    await head.post(`${funding}/mitigations`, {
      action: 'Send the Q1 report',
      owner: 'Finance',
      dueDate: on(45),
    });
    await head.post(`${funding}/mitigations`, { action: 'Agree a bridge', owner: 'Head', dueDate: on(90) });
    await head.post(`${funding}/reviews`, { reviewedOn: S, nextReviewOn: on(30) });
    await identifyRisk({ category: 'security', title: 'Unrest at hearings', owner: 'Deputy, Outreach' }, [
      { kind: 'inherent', likelihood: 3, impact: 4 },
    ]);
    const closed = await identifyRisk({ category: 'political', title: 'Boycott', owner: 'Chair' }, [
      { kind: 'inherent', likelihood: 5, impact: 5 },
    ]);
    await head.post(`${closed}/close`, { reason: 'The parties joined the process' });
  });

  const register = () => head.get(`/processes/p1/risk-register?today=${T}`);

  it('lists the risks with score, overdue items and history, the heat map and the derived risks', async () => {
    const everything = ({ body }: Answer) => {
      expect(body.today).toBe(T);
      const risks = body.risks as Record<string, unknown>[];
      // open first by current score: 3 × 4 = 12 (inherent), then 2 × 3 = 6 (residual); the closed one last
      expect(risks.map((r) => [r.title, r.status, r.basis, r.score, r.rating])).toEqual([
        ['Unrest at hearings', 'open', 'inherent', 12, 'high'],
        ['Tranche delayed', 'open', 'residual', 6, 'medium'],
        ['Boycott', 'closed', 'inherent', 25, 'critical'],
      ]);
      expect(risks[1]).toMatchObject({
        owner: 'Deputy, Administration',
        treatment: 'mitigate',
        // the Q1 report was due on day 45; the bridge is due on day 90
        mitigations: [
          { action: 'Send the Q1 report', dueDate: on(45), status: 'planned', overdue: true },
          { action: 'Agree a bridge', dueDate: on(90), status: 'planned', overdue: false },
        ],
        overdueMitigations: 1,
        nextReview: { on: on(30), overdue: true },
        history: [
          { kind: 'inherent', likelihood: 4, impact: 5, score: 20, rating: 'critical', assessedOn: S },
          { kind: 'residual', likelihood: 2, impact: 3, score: 6, rating: 'medium', assessedOn: S },
        ],
      });

      const heatMap = body.heatMap as { basis: string; cells: { count: number }[]; unassessed: number };
      expect(heatMap.basis).toBe('residual when assessed, else inherent');
      expect(heatMap.cells.filter((cell) => cell.count > 0)).toEqual([
        { likelihood: 3, impact: 4, score: 12, rating: 'high', count: 1 },
        { likelihood: 2, impact: 3, score: 6, rating: 'medium', count: 1 },
      ]);
      expect(heatMap.unassessed).toBe(0);

      expect(body.derivedRisks).toEqual([
        {
          code: 'benchmark-missed',
          subject: `benchmark:${benchmarkIds.hearings}`,
          category: 'timeline',
          rating: 'critical',
          title: `"Public hearings held" missed its due date ${on(30)} at 0 of 10`,
          raisedBy: {
            benchmarkId: benchmarkIds.hearings,
            target: 10,
            value: 0,
            expectedNow: 10,
            ratio: 0,
            dueDate: on(30),
          },
        },
        {
          code: 'secretariat-head-vacant',
          subject: 'post:secretariat-head',
          category: 'operational',
          rating: 'critical',
          title: 'No Secretariat Head has been appointed',
          raisedBy: {
            postId: 'secretariat-head',
            vacantSince: null,
            daysVacant: null,
            successorStarts: null,
          },
        },
      ]);
    };
    await settled(register, everything);
  });

  it('changes the derived risks by itself when the numbers that raised them change', async () => {
    const rescheduled = await head.post(`/processes/p1/benchmarks/${benchmarkIds.hearings}/reschedule`, {
      newDueDate: on(150),
      reason: 'Hearings wait for the county calendar',
    });
    expect(rescheduled.status).toBe(200);
    // Appointments are the HR officer's to record.
    const hr = await callerAs(runtime, 'hr-officer-1', ['hr-officer'], { processes: ['p1'] });
    const appointed = await hr.post('/processes/p1/appointments/secretariat-head', {
      person: { personId: 'per-head-1', name: 'Wanjiku Kamau' },
      contractType: 'civil-service',
      startDate: on(10),
      monthlyCost: usd(4_000_00),
      fundingSourceId: 'government',
      appointingAuthority: { kind: 'cmb-business-committee' },
      accountableTo: 'business-committee',
      accountingOfficer: true,
    });
    expect(appointed.status).toBe(201);

    // due on day 150, asked on day 60: ⌊10 × 60 ÷ 150⌋ = 4 expected, 0 held: off track, no longer missed.
    // The Head started on day 10: the vacancy is gone. Their 4,000.00 a month now counts in the whole
    // budget's forecast, which the 30,000.00 left cannot carry to day 270: the Head alone costs over
    // 4,000 × 210 ÷ 31 = 27,096.77 in the 210 days after day 60, and the rest of the spending at least
    // (10,000 − 4,000 × 50 ÷ 28) ÷ 3 = 952.38 a month (the Head's days 10 to 59 in the window, at most).
    await settled(register, ({ body }) =>
      expect(body.derivedRisks).toEqual([
        expect.objectContaining({
          code: 'benchmark-off-track',
          rating: 'high',
          raisedBy: {
            benchmarkId: benchmarkIds.hearings,
            target: 10,
            value: 0,
            expectedNow: 4,
            ratio: 0,
            dueDate: on(150),
          },
        }),
        expect.objectContaining({
          code: 'budget-runs-out-before-mandate-end',
          subject: 'budget:overall',
          rating: 'critical',
        }),
      ]),
    );
  });
});
