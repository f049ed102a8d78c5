import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { initialState as noProcess } from '../process/process';
import {
  benchmark,
  type MarkBenchmarkAchieved,
  type RecordBenchmarkProgress,
  type SetBenchmark,
} from './decide';
import { progressOn, setBenchmark } from './workflows';

const given = specFor(benchmark);
const at = '2026-05-15T09:00:00.000Z';
const evidence = { reference: 'Minutes of the Nakuru hearing, file CR/12' };

const set = (o: Partial<SetBenchmark> = {}): SetBenchmark => ({
  type: 'SetBenchmark',
  benchmarkId: 'b-1',
  kind: 'process',
  metric: 'Consultative meetings held',
  target: 30,
  baseline: 0,
  dueDate: '2026-09-30',
  owner: { unit: 'education-outreach' },
  by: 'chair-1',
  at: '2026-01-10T09:00:00.000Z',
  ...o,
});
const { type: _, by: __, at: ___, ...fields } = set();
const wasSet = (o: Partial<EventOf<'BenchmarkSet'>['data']> = {}): EventOf<'BenchmarkSet'> => ({
  type: 'BenchmarkSet',
  data: { ...fields, setBy: 'chair-1', setAt: '2026-01-10T09:00:00.000Z', ...o },
});

const progress = (o: Partial<RecordBenchmarkProgress> = {}): RecordBenchmarkProgress => ({
  type: 'RecordBenchmarkProgress',
  date: '2026-05-14',
  value: 12,
  evidence,
  by: 'deputy-eo',
  at,
  ...o,
});
const recorded = (
  o: Partial<EventOf<'BenchmarkProgressRecorded'>['data']> = {},
): EventOf<'BenchmarkProgressRecorded'> => ({
  type: 'BenchmarkProgressRecorded',
  data: {
    benchmarkId: 'b-1',
    date: '2026-05-14',
    value: 12,
    evidence,
    recordedBy: 'deputy-eo',
    recordedAt: at,
    ...o,
  },
});
const achieved = (o: Partial<EventOf<'BenchmarkAchieved'>['data']> = {}): EventOf<'BenchmarkAchieved'> => ({
  type: 'BenchmarkAchieved',
  data: {
    benchmarkId: 'b-1',
    achievedOn: '2026-05-14',
    value: 30,
    recordedBy: 'deputy-eo',
    recordedAt: at,
    ...o,
  },
});
const markAchieved = (o: Partial<MarkBenchmarkAchieved> = {}): MarkBenchmarkAchieved => ({
  ...progress({ value: 30 }),
  type: 'MarkBenchmarkAchieved',
  ...o,
});
const reschedule = {
  type: 'RescheduleBenchmark',
  newDueDate: '2026-12-15',
  reason: 'Elections moved the hearings',
  by: 'head',
  at,
} as const;
const rescheduled: EventOf<'BenchmarkRescheduled'> = {
  type: 'BenchmarkRescheduled',
  data: {
    benchmarkId: 'b-1',
    previousDueDate: '2026-09-30',
    newDueDate: '2026-12-15',
    reason: 'Elections moved the hearings',
    approvedBy: 'head',
    rescheduledAt: at,
  },
};

describe('setting a benchmark', () => {
  it('records its kind, metric, target, baseline, due date and owner', () => {
    given([]).when(set()).then([wasSet()]);
  });

  it('may be owned by a committee instead of a unit', () => {
    given([])
      .when(set({ owner: { committee: 'Committee on Devolution' } }))
      .then([wasSet({ owner: { committee: 'Committee on Devolution' } })]);
  });

  it('is refused when the baseline is not below the target', () => {
    given([])
      .when(set({ baseline: 30, target: 30 }))
      .thenRefuses('baseline-not-below-target');
  });

  it('is refused when the benchmark was already set', () => {
    given([wasSet()]).when(set()).thenRefuses('benchmark-already-set');
  });

  it('is refused in a process never opened', () => {
    expectRefusal(() => setBenchmark(set(), noProcess, benchmark.initialState), 'process-not-found');
  });

  it('is set in an open process', () => {
    expect(setBenchmark(set(), openProcess, benchmark.initialState)).toEqual([wasSet()]);
  });

  it('is refused with a unit the process does not have as its owner', () => {
    const refusal = expectRefusal(
      () => setBenchmark(set({ owner: { unit: 'legal-drafting' } }), openProcess, benchmark.initialState),
      'unit-not-found',
    );
    expect(refusal.details).toMatchObject({ field: 'owner.unit' });
  });
});

describe('recording progress', () => {
  it('records the cumulative value with its date and evidence', () => {
    given([wasSet()]).when(progress()).then([recorded()]);
  });

  it('keeps the area and the evidence document’s hash when given', () => {
    const documented = { ...evidence, sha256: 'a'.repeat(64) };
    given([wasSet()])
      .when(progress({ evidence: documented, area: 'Nakuru' }))
      .then([recorded({ evidence: documented, area: 'Nakuru' })]);
  });

  it('accepts progress dated the day it is recorded', () => {
    given([wasSet()])
      .when(progress({ date: '2026-05-15' }))
      .then([recorded({ date: '2026-05-15' })]);
  });

  it('is refused when dated after the day it is recorded, or before the mandate', () => {
    const state = benchmark.evolve(benchmark.initialState, wasSet());
    expectRefusal(() => progressOn(progress({ date: '2026-05-16' }), state, openProcess), 'date-after-today');
    expectRefusal(
      () => progressOn(progress({ date: '2025-12-31' }), state, openProcess),
      'date-before-mandate',
    );
    expect(progressOn(progress({ date: '2026-05-15' }), state, openProcess)).toEqual([
      recorded({ date: '2026-05-15' }),
    ]);
  });

  it('is refused when dated before the latest progress recorded: the pace would be lost', () => {
    const reported = [wasSet(), recorded({ date: '2026-05-14' })].reduce(
      benchmark.evolve,
      benchmark.initialState,
    );
    const refusal = expectRefusal(
      () => benchmark.decide(progress({ date: '2026-05-13', value: 13 }), reported),
      'progress-dated-before-last-progress',
    );
    expect(refusal.details).toEqual({ date: '2026-05-13', lastProgressDate: '2026-05-14' });
    const correction = progress({ date: '2026-05-13', value: 10, correction: 'Counted twice' });
    expectRefusal(() => benchmark.decide(correction, reported), 'progress-dated-before-last-progress');
  });

  it('accepts progress dated the same day as the latest', () => {
    given([wasSet(), recorded({ date: '2026-05-14' })])
      .when(progress({ value: 13 }))
      .then([recorded({ value: 13 })]);
  });

  it('measures from the latest date recorded, whatever the order it was recorded in', () => {
    // Recorded out of order before this rule: 14 May stands as the latest.
    given([wasSet(), recorded({ date: '2026-05-14' }), recorded({ date: '2026-05-01', value: 13 })])
      .when(progress({ date: '2026-05-10', value: 14 }))
      .thenRefuses('progress-dated-before-last-progress');
  });

  it('is refused when the value is below the last one recorded', () => {
    given([wasSet(), recorded({ value: 12 })])
      .when(progress({ value: 11 }))
      .thenRefuses('progress-below-last-value');
  });

  it('is refused when the value is below the baseline, before any progress', () => {
    given([wasSet({ baseline: 5 })])
      .when(progress({ value: 4 }))
      .thenRefuses('progress-below-last-value');
  });

  it('accepts a lower value as a correction with its reason', () => {
    given([wasSet(), recorded({ value: 12 })])
      .when(progress({ value: 10, correction: 'Two meetings were counted twice' }))
      .then([recorded({ value: 10, correction: 'Two meetings were counted twice' })]);
  });

  it('records the benchmark achieved, in the same decision, when the value reaches the target', () => {
    given([wasSet(), recorded({ value: 12 })])
      .when(progress({ value: 30 }))
      .then([recorded({ value: 30 }), achieved({ value: 30 })]);
  });

  it('records the achievement when the value passes the target too', () => {
    given([wasSet()])
      .when(progress({ value: 31 }))
      .then([recorded({ value: 31 }), achieved({ value: 31 })]);
  });

  it('is refused once the benchmark is achieved', () => {
    given([wasSet(), recorded({ value: 30 }), achieved()])
      .when(progress({ value: 31 }))
      .thenRefuses('benchmark-already-achieved');
  });

  it('is refused for a benchmark never set', () => {
    given([]).when(progress()).thenRefuses('benchmark-not-found');
  });
});

describe('marking a benchmark achieved', () => {
  it('records the final value and the achievement when it reaches the target', () => {
    given([wasSet({ kind: 'output', metric: 'First draft produced', target: 1 })])
      .when(markAchieved({ value: 1 }))
      .then([recorded({ value: 1 }), achieved({ value: 1 })]);
  });

  it('is refused when the value is below the target', () => {
    given([wasSet(), recorded({ value: 12 })])
      .when(markAchieved({ value: 29 }))
      .thenRefuses('benchmark-target-not-reached');
  });

  it('is refused when dated in the future, like any progress', () => {
    const state = benchmark.evolve(benchmark.initialState, wasSet());
    expectRefusal(
      () => progressOn(markAchieved({ date: '2026-06-01' }), state, openProcess),
      'date-after-today',
    );
  });

  it('is refused when dated before the latest progress recorded, like any progress', () => {
    given([wasSet(), recorded({ date: '2026-05-14' })])
      .when(markAchieved({ date: '2026-05-01' }))
      .thenRefuses('progress-dated-before-last-progress');
  });

  it('is refused once the benchmark is achieved', () => {
    given([wasSet(), recorded({ value: 30 }), achieved()])
      .when(markAchieved())
      .thenRefuses('benchmark-already-achieved');
  });
});

describe('rescheduling a benchmark', () => {
  it('records the new due date with the previous one, the reason and the approver', () => {
    given([wasSet()]).when(reschedule).then([rescheduled]);
  });

  it('measures the next rescheduling from the due date the last one set', () => {
    given([wasSet(), rescheduled])
      .when({ ...reschedule, newDueDate: '2026-12-15' })
      .thenRefuses('due-date-unchanged');
  });

  it('is refused when the due date does not change', () => {
    given([wasSet()])
      .when({ ...reschedule, newDueDate: '2026-09-30' })
      .thenRefuses('due-date-unchanged');
  });

  it('is refused once the benchmark is achieved', () => {
    given([wasSet(), recorded({ value: 30 }), achieved()])
      .when(reschedule)
      .thenRefuses('benchmark-already-achieved');
  });
});
