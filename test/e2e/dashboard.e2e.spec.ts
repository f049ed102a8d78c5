import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, settled } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';
import { on, recordPlanStory, S, T, usd } from '../support/plan-process';

/** The benchmark dashboard over HTTP, judged on day S + 60. */
let local: LocalProcesses;
let head: Caller;
let benchmarkIds: Record<string, string>;

beforeAll(async () => {
  local = await startLocalProcesses(['p1', 'nowhere']);
  head = await local.as('secretariat-head', ['leadership']);
  ({ benchmarkIds } = await recordPlanStory(local, head));
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('the benchmark dashboard over HTTP', () => {
  it('answers every benchmark’s status and numbers, and the mandate at a glance, for the day asked', async () => {
    const common = { kind: 'process', baseline: 0, setOn: S, reschedules: 0, daysElapsed: 60 };
    const expected = {
      processId: 'p1',
      asOf: null,
      knownAt: null,
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

  it('warns of the first draft, still undelivered, once three quarters of its 180 days are gone', async () => {
    const draftOn = async (day: number) => {
      const { body } = await head.get(`/processes/p1/dashboard?today=${on(day)}`);
      const benchmarks = body.benchmarks as { benchmarkId: string; status: string; expectedNow: number }[];
      return benchmarks.find((b) => b.benchmarkId === benchmarkIds.draft);
    };
    // 135 of 180 days is exactly 75 %: not past it yet; day 136 is, with no whole draft expected yet.
    expect(await draftOn(135)).toMatchObject({ status: 'on-track', expectedNow: 0 });
    expect(await draftOn(136)).toMatchObject({ status: 'at-risk', expectedNow: 0 });
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
