import { describe, expect, it } from 'vitest';
import { assessBenchmark, type BenchmarkFacts } from './status';

/**
 * 100 meetings planned over 100 days: set on 2026-01-01, due 2026-04-11 (31 + 28 + 31 + 10 days),
 * so the whole count expected by day n is n.
 */
const hundred = (o: Partial<BenchmarkFacts> = {}): BenchmarkFacts => ({
  kind: 'process',
  target: 100,
  baseline: 0,
  setOn: '2026-01-01',
  dueDate: '2026-04-11',
  value: 0,
  ...o,
});
const DAY_20 = '2026-01-21';
const DAY_40 = '2026-02-10';

describe('the benchmark status bands', () => {
  it('is on track at exactly 0.85 of the progress expected', () => {
    // day 20: expected 100 × 20 ÷ 100 = 20; 17 ÷ 20 = 0.85
    expect(assessBenchmark(hundred({ value: 17, valueOn: DAY_20 }), DAY_20)).toEqual({
      status: 'on-track',
      percentComplete: 17, // 17 ÷ 100
      daysPlanned: 100,
      daysElapsed: 20,
      daysLeft: 80,
      expectedNow: 20,
      ratio: 0.85,
      rateNeeded: 31.13, // (100 − 17) × 30 ÷ 80 = 31.125
      rateAchieved: 25.5, // 17 ÷ 20 days × 30
      projectedAtDue: 85, // 17 + 17 ÷ 20 × 80
    });
  });

  it('is at risk just under 0.85, when the trend does not reach the target either', () => {
    // 16 ÷ 20 = 0.8; projected 16 + 0.8 × 80 = 80 < 100
    const assessed = assessBenchmark(hundred({ value: 16, valueOn: DAY_20 }), DAY_20);
    expect(assessed).toMatchObject({ status: 'at-risk', ratio: 0.8, projectedAtDue: 80 });
  });

  it('is at risk at exactly 0.6', () => {
    // 12 ÷ 20 = 0.6
    expect(assessBenchmark(hundred({ value: 12, valueOn: DAY_20 }), DAY_20)).toMatchObject({
      status: 'at-risk',
      ratio: 0.6,
    });
  });

  it('is off track under 0.6', () => {
    // 11 ÷ 20 = 0.55
    expect(assessBenchmark(hundred({ value: 11, valueOn: DAY_20 }), DAY_20)).toMatchObject({
      status: 'off-track',
      ratio: 0.55,
    });
  });

  it('measures progress from the baseline, not from zero', () => {
    // target 30 from a baseline of 10, day 50: expected progress 20 × 50 ÷ 100 = 10, made 20 − 10 = 10
    const assessed = assessBenchmark(
      hundred({ target: 30, baseline: 10, value: 20, valueOn: '2026-02-20' }),
      '2026-02-20',
    );
    expect(assessed).toMatchObject({ status: 'on-track', expectedNow: 20, ratio: 1, percentComplete: 50 });
  });
});

describe('the trend of recorded progress', () => {
  it('keeps a benchmark on track below 0.85 when the recorded pace reaches the target by the due date', () => {
    // day 40: expected 40, ratio 30 ÷ 40 = 0.75; pace 30 ÷ 20 days = 1.5 a day; 30 + 1.5 × 60 = 120 ≥ 100
    expect(assessBenchmark(hundred({ value: 30, valueOn: DAY_20 }), DAY_40)).toEqual({
      status: 'on-track',
      percentComplete: 30,
      daysPlanned: 100,
      daysElapsed: 40,
      daysLeft: 60,
      expectedNow: 40,
      ratio: 0.75,
      rateNeeded: 35, // 70 × 30 ÷ 60
      rateAchieved: 45, // 1.5 × 30
      projectedAtDue: 120,
    });
  });

  it('counts the days since the last report as days without progress, so a stale report cannot hide a delay', () => {
    // day 70 (2026-03-12): expected 70, ratio 30 ÷ 70 = 0.43; 30 + 1.5 × 30 = 75 < 100
    expect(assessBenchmark(hundred({ value: 30, valueOn: DAY_20 }), '2026-03-12')).toMatchObject({
      status: 'off-track',
      ratio: 0.43,
      rateAchieved: 45,
      projectedAtDue: 75,
    });
  });

  it('has no pace when the only report is dated on the day the benchmark was set', () => {
    const assessed = assessBenchmark(hundred({ value: 12, valueOn: '2026-01-01' }), DAY_20);
    expect(assessed).toMatchObject({ status: 'at-risk', rateAchieved: null, projectedAtDue: null });
  });
});

describe('the edges of the rule', () => {
  it('is missed the day after the due date, whatever the ratio', () => {
    // 2026-04-12 is the day after the due date
    expect(assessBenchmark(hundred({ value: 90, valueOn: '2026-04-11' }), '2026-04-12')).toMatchObject({
      status: 'missed',
      daysLeft: 0,
      expectedNow: 100,
      rateNeeded: null,
      projectedAtDue: 90,
    });
  });

  it('is judged by the ratio, not missed, on the due date itself', () => {
    // expected 100 on day 100; 90 ÷ 100 = 0.9
    expect(assessBenchmark(hundred({ value: 90, valueOn: '2026-04-11' }), '2026-04-11')).toMatchObject({
      status: 'on-track',
      ratio: 0.9,
      rateNeeded: null,
    });
  });

  it('is achieved once the value reaches the target, before the due date and after it', () => {
    const done = hundred({ value: 100, valueOn: '2026-03-01' });
    const expected = { status: 'achieved', percentComplete: 100, rateNeeded: 0, projectedAtDue: 100 };
    expect(assessBenchmark(done, '2026-03-01')).toMatchObject(expected);
    expect(assessBenchmark(done, '2026-06-01')).toMatchObject(expected);
  });

  it('is off track when nothing was recorded though progress was expected', () => {
    // day 50 (2026-02-20): expected 50, made 0
    expect(assessBenchmark(hundred(), '2026-02-20')).toMatchObject({
      status: 'off-track',
      ratio: 0,
      expectedNow: 50,
      rateNeeded: 60, // 100 left × 30 ÷ 50 days left
      rateAchieved: null,
      projectedAtDue: null,
    });
  });

  it('expects nothing yet on the day the benchmark is set', () => {
    expect(assessBenchmark(hundred(), '2026-01-01')).toMatchObject({
      status: 'on-track',
      daysElapsed: 0,
      expectedNow: 0,
      ratio: null,
    });
  });

  it('warns of an output benchmark (target 1) with nothing delivered once three quarters of its time is gone', () => {
    const draft = hundred({ kind: 'output', target: 1 });
    // day 75 (2026-03-17): 1 × 75 ÷ 100 = 0.75, no whole draft expected, three quarters not passed yet
    expect(assessBenchmark(draft, '2026-03-17')).toMatchObject({ status: 'on-track', expectedNow: 0 });
    // day 76: still no whole draft expected, but past three quarters of the plan with none
    expect(assessBenchmark(draft, '2026-03-18')).toMatchObject({
      status: 'at-risk',
      expectedNow: 0,
      ratio: null,
    });
    // day 100: the draft is expected and there is none
    expect(assessBenchmark(draft, '2026-04-11')).toMatchObject({ status: 'off-track', expectedNow: 1 });
    expect(assessBenchmark(draft, '2026-04-12')).toMatchObject({ status: 'missed' });
  });

  it('does not warn of an output benchmark once something is delivered, nor of a process benchmark', () => {
    // 2 chapters, 1 delivered on day 76: ⌊2 × 76 ÷ 100⌋ = 1 expected, 1 ÷ 1 = 1
    const chapters = hundred({ kind: 'output', target: 2, value: 1, valueOn: '2026-03-18' });
    expect(assessBenchmark(chapters, '2026-03-18')).toMatchObject({ status: 'on-track' });
    // A process benchmark is judged by its ratio alone: nothing whole expected yet is on track.
    expect(assessBenchmark(hundred({ target: 1 }), '2026-03-18')).toMatchObject({ status: 'on-track' });
  });

  it('judges a rescheduled benchmark against its new due date', () => {
    const behind = hundred({ value: 30, valueOn: DAY_40 });
    // due day 100: expected 40, 30 ÷ 40 = 0.75; pace 30 ÷ 40 = 0.75 a day, 30 + 0.75 × 60 = 75 < 100
    expect(assessBenchmark(behind, DAY_40)).toMatchObject({ status: 'at-risk', ratio: 0.75 });
    // due day 140 (2026-05-21): expected ⌊100 × 40 ÷ 140⌋ = ⌊28.57⌋ = 28, 30 ÷ 28 = 1.07
    expect(assessBenchmark({ ...behind, dueDate: '2026-05-21' }, DAY_40)).toMatchObject({
      status: 'on-track',
      daysPlanned: 140,
      expectedNow: 28,
      ratio: 1.07,
    });
    // and a benchmark missed on its old due date is open again once moved
    const late = hundred({ value: 90, valueOn: '2026-04-20' });
    expect(assessBenchmark(late, '2026-04-20').status).toBe('missed');
    expect(assessBenchmark({ ...late, dueDate: '2026-05-21' }, '2026-04-20').status).toBe('on-track');
  });
});

describe('the worked example of docs/rules.md', () => {
  // 30 meetings from 2026-01-01 to 2026-05-01 (120 days), 10 recorded on day 50, asked on day 60
  const meetings = {
    kind: 'process' as const,
    target: 30,
    baseline: 0,
    setOn: '2026-01-01',
    dueDate: '2026-05-01',
    value: 10,
    valueOn: '2026-02-20',
  };

  it('is at risk: 10 of 15 expected, and the pace projects 22 of 30', () => {
    expect(assessBenchmark(meetings, '2026-03-02')).toEqual({
      status: 'at-risk',
      percentComplete: 33.3,
      daysPlanned: 120,
      daysElapsed: 60,
      daysLeft: 60,
      expectedNow: 15,
      ratio: 0.67,
      rateNeeded: 10,
      rateAchieved: 6,
      projectedAtDue: 22,
    });
  });

  it('is on track once rescheduled to 2026-06-10: 10 of ⌊30 × 60 ÷ 160⌋ = 11', () => {
    expect(assessBenchmark({ ...meetings, dueDate: '2026-06-10' }, '2026-03-02')).toMatchObject({
      status: 'on-track',
      daysPlanned: 160,
      expectedNow: 11,
      ratio: 0.91,
    });
  });
});
