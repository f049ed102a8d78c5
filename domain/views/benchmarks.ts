import type { BenchmarkOwner } from '../../events/catalog/benchmark';
import type { StoredEvent } from '../../events/envelope';
import { assessBenchmark, type BenchmarkFacts } from '../benchmark/status';
import { dayOf } from '../calendar';
import type { BenchmarkStanding } from './derived-risks';
import type { Projection, RowKey } from './projection';

/** One benchmark of the dashboard: the recorded facts its status is computed from at query time. */
export interface BenchmarkRow extends BenchmarkFacts {
  readonly benchmarkId: string;
  readonly metric: string;
  readonly owner: BenchmarkOwner;
  readonly achievedOn?: string;
  /** How many times the due date was moved (each with a reason and an approver on the benchmark). */
  readonly reschedules: number;
  readonly version: number;
}

export const benchmarksPartition = (processId: string): string => `${processId}#benchmarks`;

/**
 * Status is not stored: it depends on the day it is asked, so the row keeps facts only and the
 * dashboard applies `assessBenchmark` when it is read.
 */
export const benchmarksProjection: Projection<BenchmarkRow> = {
  name: 'benchmarks',
  aggregates: ['benchmark'],
  rowOf(event): RowKey | undefined {
    if (!event.type.startsWith('Benchmark')) return undefined;
    return {
      pk: benchmarksPartition(event.metadata.processId),
      sk: `benchmark#${(event.data as { benchmarkId: string }).benchmarkId}`,
    };
  },
  apply(row, event: StoredEvent) {
    const { version } = event;
    if (event.type === 'BenchmarkSet') {
      const { benchmarkId, kind, metric, owner, target, baseline, dueDate, setAt } = event.data;
      const setOn = dayOf(setAt);
      return {
        benchmarkId,
        kind,
        metric,
        owner,
        target,
        baseline,
        setOn,
        dueDate,
        value: baseline,
        reschedules: 0,
        version,
      };
    }
    if (!row) throw new Error(`${event.type} on ${event.streamId} before the benchmark was set`);
    switch (event.type) {
      case 'BenchmarkProgressRecorded':
        return { ...row, value: event.data.value, valueOn: event.data.date, version };
      case 'BenchmarkAchieved':
        return { ...row, achievedOn: event.data.achievedOn, version };
      case 'BenchmarkRescheduled':
        return { ...row, dueDate: event.data.newDueDate, reschedules: row.reschedules + 1, version };
      default:
        throw new Error(`the benchmarks view does not apply ${event.type}`);
    }
  },
};

/** A benchmark with its status on the day asked: what the dashboard shows and the register watches. */
export const standingOf = (row: BenchmarkRow, today: string): BenchmarkStanding & BenchmarkRow => ({
  ...row,
  assessment: assessBenchmark(row, today),
});
