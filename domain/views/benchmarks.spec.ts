import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { foldView, storedStream } from '../../test/support/views';
import { benchmarksProjection } from './benchmarks';

const set: EventOf<'BenchmarkSet'> = {
  type: 'BenchmarkSet',
  data: {
    benchmarkId: 'b-1',
    kind: 'process',
    metric: 'Consultative meetings held',
    target: 30,
    baseline: 2,
    dueDate: '2026-05-01',
    owner: { committee: 'Public Participation' },
    setBy: 'head-1',
    setAt: '2026-01-01T09:00:00.000Z',
  },
};
const progress = (date: string, value: number): EventOf<'BenchmarkProgressRecorded'> => ({
  type: 'BenchmarkProgressRecorded',
  data: {
    benchmarkId: 'b-1',
    date,
    value,
    evidence: { reference: 'Minutes' },
    recordedBy: 'deputy-1',
    recordedAt: `${date}T12:00:00.000Z`,
  },
});

const rowAfter = (...events: Parameters<typeof storedStream>[1]) => [
  ...foldView(benchmarksProjection, storedStream('p1#benchmark#b-1', events)).values(),
];

describe('the benchmarks view', () => {
  it('keeps one row per benchmark, starting at its baseline on the day it was set', () => {
    expect(rowAfter(set)).toEqual([
      {
        benchmarkId: 'b-1',
        kind: 'process',
        metric: 'Consultative meetings held',
        owner: { committee: 'Public Participation' },
        target: 30,
        baseline: 2,
        setOn: '2026-01-01',
        dueDate: '2026-05-01',
        value: 2,
        reschedules: 0,
        version: 1,
      },
    ]);
  });

  it('takes the last value recorded with its date, the new due date, and the day it was achieved', () => {
    const rescheduled: EventOf<'BenchmarkRescheduled'> = {
      type: 'BenchmarkRescheduled',
      data: {
        benchmarkId: 'b-1',
        previousDueDate: '2026-05-01',
        newDueDate: '2026-06-01',
        reason: 'Elections',
        approvedBy: 'head-1',
        rescheduledAt: '2026-02-01T09:00:00.000Z',
      },
    };
    const achieved: EventOf<'BenchmarkAchieved'> = {
      type: 'BenchmarkAchieved',
      data: {
        benchmarkId: 'b-1',
        achievedOn: '2026-03-10',
        value: 30,
        recordedBy: 'deputy-1',
        recordedAt: '2026-03-10T12:00:00.000Z',
      },
    };
    expect(rowAfter(set, progress('2026-01-20', 9), rescheduled)).toEqual([
      expect.objectContaining({
        value: 9,
        valueOn: '2026-01-20',
        dueDate: '2026-06-01',
        reschedules: 1,
        version: 3,
      }),
    ]);
    expect(rowAfter(set, progress('2026-03-10', 30), achieved)).toEqual([
      expect.objectContaining({ value: 30, valueOn: '2026-03-10', achievedOn: '2026-03-10', version: 3 }),
    ]);
  });
});
