import { describe, expect, it } from 'vitest';
import { lineRow } from '../../test/support/view-rows';
import type { BenchmarkRow } from './benchmarks';
import type { BudgetLineRow } from './budget';
import { dashboardOf } from './dashboard';
import type { MandateRow } from './mandate';
import type { ReviewPointRow } from './review-points';

const usd = (amount: number) => ({ amount, currency: 'USD' });

// 2026-01-01 to 2027-06-30: 365 days of 2026 + 181 of January to June 2027 = 546
const mandate: MandateRow = {
  processId: 'p1',
  name: 'Constitution Review Commission',
  mandateStart: '2026-01-01',
  mandateEnd: '2027-06-30',
  budgetCurrency: 'USD',
  reviewCadenceMonths: 3,
  extensions: 0,
  independenceThresholdPercent: null,
  version: 1,
};
const benchmark = (o: Partial<BenchmarkRow> & Pick<BenchmarkRow, 'benchmarkId'>): BenchmarkRow => ({
  kind: 'process',
  metric: 'Consultative meetings held',
  owner: { unit: 'education-outreach' },
  target: 30,
  baseline: 0,
  setOn: '2026-01-01',
  dueDate: '2026-05-01',
  value: 0,
  reschedules: 0,
  version: 1,
  ...o,
});
const benchmarks = [
  benchmark({
    benchmarkId: 'draft',
    kind: 'output',
    metric: 'First draft produced',
    target: 1,
    dueDate: '2026-12-31',
  }),
  benchmark({ benchmarkId: 'meetings', value: 10, valueOn: '2026-02-20', version: 2 }),
  benchmark({
    benchmarkId: 'areas',
    metric: 'Counties covered',
    target: 10,
    dueDate: '2026-06-30',
    value: 10,
    valueOn: '2026-02-15',
    achievedOn: '2026-02-15',
    version: 3,
  }),
];
const line = (lineId: string, allocated: number, disbursed: number): BudgetLineRow =>
  lineRow(lineId, { allocatedAmount: allocated, disbursed: usd(disbursed) });
const reviewPoints: ReviewPointRow[] = [
  {
    reviewPointId: 'kick-off',
    date: '2026-01-15',
    title: 'Kick-off',
    status: 'held',
    heldOn: '2026-01-15',
    version: 2,
  },
  { reviewPointId: 'q2', date: '2026-06-30', title: 'Second quarter', status: 'scheduled', version: 1 },
  { reviewPointId: 'q1', date: '2026-03-31', title: 'First quarter', status: 'scheduled', version: 1 },
];

const dashboard = (today: string, mandateEnd = mandate.mandateEnd) =>
  dashboardOf({
    mandate: { ...mandate, mandateEnd },
    benchmarks,
    reviewPoints,
    budgetLines: [line('EO-1', 100_000_00, 30_000_00), line('EO-2', 50_000_00, 7_500_00)],
    today,
  });

describe('the benchmark dashboard', () => {
  it('shows the mandate at a glance: time elapsed, benchmarks achieved and budget spent, in percent', () => {
    expect(dashboard('2026-03-02').mandate).toEqual({
      mandateStart: '2026-01-01',
      mandateEnd: '2027-06-30',
      timeElapsedPercent: 11, // 60 of 546 days = 10.99 %
      benchmarks: 3,
      benchmarksAchieved: 1,
      benchmarksAchievedPercent: 33.3, // 1 of 3
      byStatus: { achieved: 1, 'on-track': 1, 'at-risk': 1, 'off-track': 0, missed: 0 },
      // 30,000.00 + 7,500.00 of 100,000.00 + 50,000.00 = 37,500.00 of 150,000.00 = 25 %
      budgetSpent: { allocated: usd(150_000_00), disbursed: usd(37_500_00), percent: 25 },
    });
  });

  it('measures time elapsed against the extended mandate, and stops at 100 % once it is over', () => {
    // 2026-01-01 to 2027-12-31: 546 + 184 days of July to December = 730; 60 of 730 = 8.2 %
    expect(dashboard('2026-03-02', '2027-12-31').mandate.timeElapsedPercent).toBe(8.2);
    expect(dashboard('2028-01-01').mandate.timeElapsedPercent).toBe(100);
  });

  it('lists each benchmark by due date with its status, rates and projection on the day asked', () => {
    const { benchmarks: lines } = dashboard('2026-03-02');
    expect(lines.map((b) => [b.benchmarkId, b.status])).toEqual([
      ['meetings', 'at-risk'],
      ['areas', 'achieved'],
      ['draft', 'on-track'],
    ]);
    // The worked example of docs/rules.md: 10 of 30 meetings recorded on day 50, asked on day 60 of 120.
    expect(lines[0]).toEqual({
      benchmarkId: 'meetings',
      kind: 'process',
      metric: 'Consultative meetings held',
      owner: { unit: 'education-outreach' },
      target: 30,
      baseline: 0,
      setOn: '2026-01-01',
      dueDate: '2026-05-01',
      value: 10,
      valueOn: '2026-02-20',
      reschedules: 0,
      status: 'at-risk',
      percentComplete: 33.3, // 10 ÷ 30
      daysPlanned: 120,
      daysElapsed: 60,
      daysLeft: 60,
      expectedNow: 15, // ⌊30 × 60 ÷ 120⌋
      ratio: 0.67, // 10 ÷ 15
      rateNeeded: 10, // 20 left × 30 ÷ 60 days
      rateAchieved: 6, // 10 ÷ 50 days × 30
      projectedAtDue: 22, // 10 + 0.2 × 60
    });
    // the draft: ⌊1 × 60 ÷ 364⌋ = 0 expected; 1 × 30 ÷ 304 days left = 0.0987
    expect(lines[2]).toMatchObject({ status: 'on-track', expectedNow: 0, ratio: null, rateNeeded: 0.1 });
  });

  it('names the next review point not yet held', () => {
    expect(dashboard('2026-03-02').nextReviewPoint).toEqual({
      reviewPointId: 'q1',
      date: '2026-03-31',
      title: 'First quarter',
    });
    expect(dashboard('2026-07-01').nextReviewPoint).toBeNull();
  });

  it('has no budget percentage before a budget is adopted', () => {
    const empty = dashboardOf({
      mandate,
      benchmarks: [],
      reviewPoints: [],
      budgetLines: [],
      today: '2026-03-02',
    });
    expect(empty.mandate).toMatchObject({
      benchmarks: 0,
      benchmarksAchievedPercent: null,
      budgetSpent: { allocated: usd(0), disbursed: usd(0), percent: null },
    });
  });
});
