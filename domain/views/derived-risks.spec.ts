import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { assessBenchmark } from '../benchmark/status';
import { benchmarkOffTrack, donorReportOverdue, runsOutBeforeMandateEnd } from './derived-risks';

describe('a budget line, funding source or the whole budget forecast to run out', () => {
  /**
   * As the budget view gives it on 2027-03-01: 8,000.00 available at 4,000.00 a month runs out on
   * 1 May (March's last 30 days 4,000 × 30 ÷ 31, April 4,000, 1 May 4,000 ÷ 31: 8,000 exactly), and
   * 8,000 − (4,000 × 30 ÷ 31 + 3 × 4,000) = −7,870.97 is left on 30 June.
   */
  const forecast = {
    available: usd(8_000_00),
    burnRate: usd(4_000_00),
    runsOutOn: '2027-05-01',
    balanceAtMandateEnd: usd(-7_870_97),
    mandateEnd: '2027-06-30',
  };
  // 2027-05-01 to 2027-06-30: 30 days of May + 30 of June = 60
  const numbers = {
    available: usd(8_000_00),
    burnRate: usd(4_000_00),
    runsOutOn: '2027-05-01',
    mandateEnd: '2027-06-30',
    daysBeforeMandateEnd: 60,
    balanceAtMandateEnd: usd(-7_870_97),
  };

  it('raises a risk for a line that runs out before the mandate ends, with the forecast’s numbers', () => {
    expect(runsOutBeforeMandateEnd({ lineId: 'EO-1', ...forecast })).toEqual([
      {
        code: 'budget-line-runs-out-before-mandate-end',
        subject: 'budget-line:EO-1',
        category: 'financial',
        rating: 'high',
        title: 'Budget line EO-1 is forecast to run out on 2027-05-01, before the mandate ends on 2027-06-30',
        raisedBy: { lineId: 'EO-1', ...numbers },
      },
    ]);
  });

  it('raises one for a funding source, named as the budget view names it', () => {
    expect(
      runsOutBeforeMandateEnd({ fundingSourceId: 'eu-basket', ...forecast, runsOutOn: '2027-06-29' }),
    ).toEqual([
      expect.objectContaining({
        code: 'funding-source-runs-out-before-mandate-end',
        subject: 'funding-source:eu-basket',
        rating: 'high',
        raisedBy: {
          fundingSourceId: 'eu-basket',
          ...numbers,
          runsOutOn: '2027-06-29',
          daysBeforeMandateEnd: 1,
        },
      }),
    ]);
  });

  it('raises a critical one when the whole budget runs out', () => {
    expect(runsOutBeforeMandateEnd({ budget: 'overall', ...forecast })).toEqual([
      {
        code: 'budget-runs-out-before-mandate-end',
        subject: 'budget:overall',
        category: 'financial',
        rating: 'critical',
        title: 'The budget is forecast to run out on 2027-05-01, before the mandate ends on 2027-06-30',
        raisedBy: numbers,
      },
    ]);
  });

  it('clears once the forecast reaches the mandate end, or the money no longer runs out', () => {
    expect(runsOutBeforeMandateEnd({ lineId: 'EO-1', ...forecast, runsOutOn: '2027-06-30' })).toEqual([]);
    expect(runsOutBeforeMandateEnd({ lineId: 'EO-1', ...forecast, runsOutOn: null })).toEqual([]);
    // the mandate extended past the forecast raises it again
    expect(
      runsOutBeforeMandateEnd({
        lineId: 'EO-1',
        ...forecast,
        runsOutOn: '2027-06-30',
        mandateEnd: '2027-12-31',
      }),
    ).toHaveLength(1);
  });
});

describe('a benchmark off track', () => {
  // 100 meetings over 100 days from 2026-01-01 to 2026-04-11 (the status spec's benchmark)
  const facts = {
    kind: 'process' as const,
    target: 100,
    baseline: 0,
    setOn: '2026-01-01',
    dueDate: '2026-04-11',
  };
  const standing = (value: number, today: string) => ({
    benchmarkId: 'b-1',
    metric: 'Consultative meetings held',
    target: 100,
    value,
    dueDate: '2026-04-11',
    assessment: assessBenchmark({ ...facts, value, valueOn: today }, today),
  });

  it('raises a high risk naming the value, the value expected and the ratio', () => {
    // day 20: expected 20, 11 ÷ 20 = 0.55
    expect(benchmarkOffTrack(standing(11, '2026-01-21'))).toEqual([
      {
        code: 'benchmark-off-track',
        subject: 'benchmark:b-1',
        category: 'timeline',
        rating: 'high',
        title: '"Consultative meetings held" is off track: 11 where 20 was expected by now',
        raisedBy: {
          benchmarkId: 'b-1',
          target: 100,
          value: 11,
          expectedNow: 20,
          ratio: 0.55,
          dueDate: '2026-04-11',
        },
      },
    ]);
  });

  it('raises a critical risk once the due date has passed without the target', () => {
    expect(benchmarkOffTrack(standing(90, '2026-04-12'))).toEqual([
      expect.objectContaining({
        code: 'benchmark-missed',
        rating: 'critical',
        raisedBy: expect.objectContaining({ value: 90 }),
      }),
    ]);
  });

  it('clears when progress brings it back to at risk or on track', () => {
    expect(benchmarkOffTrack(standing(12, '2026-01-21'))).toEqual([]); // 0.6: at risk
    expect(benchmarkOffTrack(standing(17, '2026-01-21'))).toEqual([]); // 0.85: on track
  });
});

describe('a donor report overdue', () => {
  const due = { donorId: 'eu', contributionId: 'c-1', reportDue: '2026-03-31' };

  it('raises a risk from the day after the report was due, counting the days', () => {
    expect(donorReportOverdue({ ...due, today: '2026-04-10' })).toEqual([
      {
        code: 'donor-report-overdue',
        subject: 'donor-report:c-1:2026-03-31',
        category: 'reputational',
        rating: 'high',
        title: 'The report due to eu on 2026-03-31 is overdue',
        // 31 March to 10 April: 10 days
        raisedBy: {
          donorId: 'eu',
          contributionId: 'c-1',
          reportDue: '2026-03-31',
          today: '2026-04-10',
          daysOverdue: 10,
        },
      },
    ]);
  });

  it('is not raised on the day the report is due', () => {
    expect(donorReportOverdue({ ...due, today: '2026-03-31' })).toEqual([]);
  });
});
