import type { BenchmarkKind, BenchmarkOwner, Evidence } from '../../events/catalog/benchmark';
import type { Actor } from '../decider';

export interface SetBenchmark extends Actor {
  readonly type: 'SetBenchmark';
  readonly benchmarkId: string;
  readonly kind: BenchmarkKind;
  readonly metric: string;
  readonly target: number;
  readonly baseline: number;
  readonly dueDate: string;
  readonly owner: BenchmarkOwner;
}

/** What was reached by a date, with its evidence. */
export interface ProgressReport {
  readonly date: string;
  /** Cumulative: the total reached, not what was added since the last report. */
  readonly value: number;
  readonly evidence: Evidence;
  readonly area?: string;
  /** The reason, when the value is lower than the last one recorded. */
  readonly correction?: string;
}

export interface RecordBenchmarkProgress extends Actor, ProgressReport {
  readonly type: 'RecordBenchmarkProgress';
}

/** Progress that closes the benchmark: refused unless its value reaches the target. */
export interface MarkBenchmarkAchieved extends Actor, ProgressReport {
  readonly type: 'MarkBenchmarkAchieved';
}

/** The actor approves the new due date: a benchmark moves only with a reason and an approver on record. */
export interface RescheduleBenchmark extends Actor {
  readonly type: 'RescheduleBenchmark';
  readonly newDueDate: string;
  readonly reason: string;
}

export type BenchmarkCommand =
  | SetBenchmark
  | RecordBenchmarkProgress
  | MarkBenchmarkAchieved
  | RescheduleBenchmark;
