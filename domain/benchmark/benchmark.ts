import type { BenchmarkEvent } from '../../events/catalog';
import type { BenchmarkKind, BenchmarkOwner } from '../../events/catalog/benchmark';

/**
 * A benchmark of the plan: a count to reach by a due date, and the value last recorded against it.
 * Whether it is on track, at risk or off track is computed by views from the progress events; the
 * decider only needs to know whether it is still open (`set`) or `achieved`.
 */
export type Benchmark =
  | { readonly status: 'none' }
  | (BenchmarkTerms & {
      readonly status: 'set' | 'achieved';
      /** The cumulative value last recorded; the baseline until progress is recorded. */
      readonly value: number;
      /** The latest date progress was recorded for; null before any. */
      readonly lastProgressDate: string | null;
    });

/** What a benchmark is set with: the count to reach, from where, by when, and who answers for it. */
export interface BenchmarkTerms {
  readonly benchmarkId: string;
  readonly kind: BenchmarkKind;
  readonly metric: string;
  readonly target: number;
  readonly baseline: number;
  readonly dueDate: string;
  readonly owner: BenchmarkOwner;
}

export const initialState: Benchmark = { status: 'none' };

export function evolve(benchmark: Benchmark, event: BenchmarkEvent): Benchmark {
  switch (event.type) {
    case 'BenchmarkSet': {
      const { setBy: _, setAt: __, ...set } = event.data;
      return { status: 'set', ...set, value: set.baseline, lastProgressDate: null };
    }
    case 'BenchmarkProgressRecorded': {
      if (benchmark.status === 'none') return benchmark;
      const { value, date } = event.data;
      // The latest, not the last: progress recorded out of order before dates were checked.
      const latest = benchmark.lastProgressDate;
      return { ...benchmark, value, lastProgressDate: latest !== null && latest > date ? latest : date };
    }
    case 'BenchmarkAchieved':
      return benchmark.status === 'none' ? benchmark : { ...benchmark, status: 'achieved' };
    case 'BenchmarkRescheduled':
      return benchmark.status === 'none' ? benchmark : { ...benchmark, dueDate: event.data.newDueDate };
  }
}
