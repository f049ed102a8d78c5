import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type Caller, settled } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';
import { on, recordPlanStory, S, T, usd } from '../support/plan-process';

/** The risk register over HTTP, judged on day S + 60: the risks recorded and those derived from the numbers. */
let local: LocalProcesses;
let head: Caller;
let benchmarkIds: Record<string, string>;
let government: string;

beforeAll(async () => {
  local = await startLocalProcesses(['p1', 'nowhere']);
  head = await local.as('secretariat-head', ['leadership']);
  ({ benchmarkIds, government } = await recordPlanStory(local, head));
}, 120_000);
afterAll(() => local?.runtime.stop());

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

describe('the risk register over HTTP', () => {
  let funding: string;

  beforeAll(async () => {
    funding = await identifyRisk(
      { category: 'financial', title: 'Tranche delayed', owner: 'Deputy, Administration' },
      [
        // Assessed ten days ago, entered today: the history keeps the day of the assessment.
        { kind: 'inherent', likelihood: 4, impact: 5, assessedOn: on(-10) },
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
          { kind: 'inherent', likelihood: 4, impact: 5, score: 20, rating: 'critical', assessedOn: on(-10) },
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
    const appointed = await local.hr.post('/processes/p1/appointments/secretariat-head', {
      person: { personId: 'per-head-1', name: 'Wanjiku Kamau' },
      contractType: 'civil-service',
      startDate: on(10),
      monthlyCost: usd(4_000_00),
      fundingSourceId: government,
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
