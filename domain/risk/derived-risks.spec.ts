import { describe, expect, it } from 'vitest';
import { assessBenchmark } from '../benchmark/status';
import {
  benchmarkOffTrack,
  donorReportOverdue,
  independenceOverThreshold,
  runsOutBeforeMandateEnd,
  secretariatHeadVacant,
} from './derived-risks';

describe('a budget line or funding source forecast to run out', () => {
  it('raises a risk when it runs out before the mandate ends, with the days it falls short', () => {
    // 2027-05-01 to 2027-06-30: 30 days of May + 30 of June = 60
    expect(
      runsOutBeforeMandateEnd({ lineId: 'EO-1', runsOutOn: '2027-05-01', mandateEnd: '2027-06-30' }),
    ).toEqual([
      {
        code: 'budget-line-runs-out-before-mandate-end',
        subject: 'budget-line:EO-1',
        category: 'financial',
        rating: 'high',
        title: 'Budget line EO-1 is forecast to run out on 2027-05-01, before the mandate ends on 2027-06-30',
        raisedBy: { lineId: 'EO-1', runsOutOn: '2027-05-01', mandateEnd: '2027-06-30', daysShort: 60 },
      },
    ]);
    expect(
      runsOutBeforeMandateEnd({ sourceId: 'eu-basket', runsOutOn: '2027-06-29', mandateEnd: '2027-06-30' }),
    ).toEqual([
      expect.objectContaining({
        code: 'funding-source-runs-out-before-mandate-end',
        subject: 'funding-source:eu-basket',
        raisedBy: { sourceId: 'eu-basket', runsOutOn: '2027-06-29', mandateEnd: '2027-06-30', daysShort: 1 },
      }),
    ]);
  });

  it('clears once the forecast reaches the mandate end, or the money no longer runs out', () => {
    expect(
      runsOutBeforeMandateEnd({ lineId: 'EO-1', runsOutOn: '2027-06-30', mandateEnd: '2027-06-30' }),
    ).toEqual([]);
    expect(runsOutBeforeMandateEnd({ lineId: 'EO-1', runsOutOn: null, mandateEnd: '2027-06-30' })).toEqual(
      [],
    );
    // the mandate extended past the forecast raises it again
    expect(
      runsOutBeforeMandateEnd({ lineId: 'EO-1', runsOutOn: '2027-06-30', mandateEnd: '2027-12-31' }),
    ).toHaveLength(1);
  });
});

describe('a benchmark off track', () => {
  // 100 meetings over 100 days from 2026-01-01 to 2026-04-11 (the status spec's benchmark)
  const facts = { target: 100, baseline: 0, setOn: '2026-01-01', dueDate: '2026-04-11' };
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
  it('raises a risk from the day after the report was due, counting the days', () => {
    expect(donorReportOverdue({ donorId: 'eu', reportDue: '2026-03-31', today: '2026-04-10' })).toEqual([
      {
        code: 'donor-report-overdue',
        subject: 'donor-report:eu:2026-03-31',
        category: 'reputational',
        rating: 'high',
        title: 'The report due to eu on 2026-03-31 is overdue',
        raisedBy: { donorId: 'eu', reportDue: '2026-03-31', today: '2026-04-10', daysOverdue: 10 },
      },
    ]);
  });

  it('is not raised on the day the report is due', () => {
    expect(donorReportOverdue({ donorId: 'eu', reportDue: '2026-03-31', today: '2026-03-31' })).toEqual([]);
  });
});

describe('the independence indicator', () => {
  it('raises a risk when the share is over the threshold', () => {
    expect(independenceOverThreshold({ share: 0.42, threshold: 0.4 })).toEqual([
      {
        code: 'independence-indicator-over-threshold',
        subject: 'staffing:independence',
        category: 'political',
        rating: 'high',
        title: 'Secondees and donor-funded staff are 0.42 of the Secretariat, over the threshold of 0.4',
        raisedBy: { share: 0.42, threshold: 0.4 },
      },
    ]);
  });

  it('clears at the threshold and under it', () => {
    expect(independenceOverThreshold({ share: 0.4, threshold: 0.4 })).toEqual([]);
    expect(independenceOverThreshold({ share: 0.3, threshold: 0.4 })).toEqual([]);
  });
});

describe('the Secretariat Head post vacant', () => {
  const vacatedAfter = '2026-06-30';

  it('is raised when nobody was ever appointed', () => {
    expect(secretariatHeadVacant({ today: '2026-01-10' })).toEqual([
      {
        code: 'secretariat-head-vacant',
        subject: 'post:secretariat-head',
        category: 'operational',
        rating: 'critical',
        title: 'No Secretariat Head has been appointed',
        raisedBy: { postId: 'secretariat-head', vacantSince: null, daysVacant: null, successorStarts: null },
      },
    ]);
  });

  it('is raised from the day after the last holder’s last day, counting that day as the first', () => {
    // vacant 2026-07-01 to 2026-07-10 inclusive: 10 days
    expect(secretariatHeadVacant({ today: '2026-07-10', post: { status: 'vacant', vacatedAfter } })).toEqual([
      expect.objectContaining({
        title: 'The Secretariat Head post has been vacant since 2026-07-01',
        raisedBy: {
          postId: 'secretariat-head',
          vacantSince: '2026-07-01',
          daysVacant: 10,
          successorStarts: null,
        },
      }),
    ]);
  });

  it('is not raised while the leaving holder is still in post', () => {
    expect(secretariatHeadVacant({ today: '2026-06-30', post: { status: 'vacant', vacatedAfter } })).toEqual(
      [],
    );
  });

  it('stays raised until an appointed successor starts, then clears', () => {
    const successor = { status: 'filled', holder: { startDate: '2026-08-01' }, vacatedAfter } as const;
    expect(secretariatHeadVacant({ today: '2026-07-31', post: successor })).toEqual([
      expect.objectContaining({
        raisedBy: {
          postId: 'secretariat-head',
          vacantSince: '2026-07-01',
          daysVacant: 31,
          successorStarts: '2026-08-01',
        },
      }),
    ]);
    expect(secretariatHeadVacant({ today: '2026-08-01', post: successor })).toEqual([]);
  });
});
