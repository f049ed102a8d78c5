import type { BenchmarkEvent } from '../../events/catalog';
import type { Evidence } from '../../events/catalog/benchmark';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { type Benchmark, type BenchmarkTerms, evolve, initialState } from './benchmark';

type Open = Exclude<Benchmark, { status: 'none' }>;

export type BenchmarkCommand =
  | SetBenchmark
  | RecordBenchmarkProgress
  | MarkBenchmarkAchieved
  | RescheduleBenchmark;

export function decide(command: BenchmarkCommand, benchmark: Benchmark): BenchmarkEvent[] {
  switch (command.type) {
    case 'SetBenchmark':
      return set(command, benchmark);
    case 'RecordBenchmarkProgress':
      return record(command, benchmark);
    case 'MarkBenchmarkAchieved':
      return achieve(command, benchmark);
    case 'RescheduleBenchmark':
      return reschedule(command, benchmark);
    default:
      return assertNever(command);
  }
}

export interface SetBenchmark extends Actor, BenchmarkTerms {
  readonly type: 'SetBenchmark';
}

/** Takes the whole command: every field but its `type` and the actor is event data. */
export function set(command: SetBenchmark, benchmark: Benchmark): BenchmarkEvent[] {
  if (benchmark.status !== 'none')
    return refuse('benchmark-already-set', { benchmarkId: command.benchmarkId });
  if (command.baseline >= command.target)
    return refuse('baseline-not-below-target', { baseline: command.baseline, target: command.target });
  const { type: _, by, at, ...data } = command;
  return [{ type: 'BenchmarkSet', data: { ...data, setBy: by, setAt: at } }];
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

export function record(command: Input<RecordBenchmarkProgress>, benchmark: Benchmark): BenchmarkEvent[] {
  return recordProgress(command, openOf(benchmark));
}

/** Progress that closes the benchmark: refused unless its value reaches the target. */
export interface MarkBenchmarkAchieved extends Actor, ProgressReport {
  readonly type: 'MarkBenchmarkAchieved';
}

export function achieve(command: Input<MarkBenchmarkAchieved>, benchmark: Benchmark): BenchmarkEvent[] {
  const open = openOf(benchmark);
  if (command.value < open.target)
    return refuse('benchmark-target-not-reached', { target: open.target, value: command.value });
  return recordProgress(command, open);
}

/** The actor approves the new due date: a benchmark moves only with a reason and an approver on record. */
export interface RescheduleBenchmark extends Actor {
  readonly type: 'RescheduleBenchmark';
  readonly newDueDate: string;
  readonly reason: string;
}

export function reschedule(command: Input<RescheduleBenchmark>, benchmark: Benchmark): BenchmarkEvent[] {
  const open = openOf(benchmark);
  if (command.newDueDate === open.dueDate) return refuse('due-date-unchanged', { dueDate: open.dueDate });
  return [
    {
      type: 'BenchmarkRescheduled',
      data: {
        benchmarkId: open.benchmarkId,
        previousDueDate: open.dueDate,
        newDueDate: command.newDueDate,
        reason: command.reason,
        approvedBy: command.by,
        rescheduledAt: command.at,
      },
    },
  ];
}

/** Progress, and the achievement with it when the value reaches the target: one decision, one append. */
function recordProgress(report: ProgressReport & Actor, open: Open): BenchmarkEvent[] {
  const { date, value, evidence, area, correction, by, at } = report;
  // The pace is measured to the latest report's date: progress dated before it would rewind it.
  const { lastProgressDate } = open;
  if (lastProgressDate !== null && date < lastProgressDate)
    return refuse('progress-dated-before-last-progress', { date, lastProgressDate });
  // Values are cumulative; one going down is a correction of an earlier report and must say so.
  if (value < open.value && correction === undefined)
    return refuse('progress-below-last-value', { last: open.value, asked: value });
  const { benchmarkId } = open;
  const progress: BenchmarkEvent = {
    type: 'BenchmarkProgressRecorded',
    data: {
      benchmarkId,
      date,
      value,
      evidence,
      ...(area === undefined ? {} : { area }),
      ...(correction === undefined ? {} : { correction }),
      recordedBy: by,
      recordedAt: at,
    },
  };
  if (value < open.target) return [progress];
  return [
    progress,
    {
      type: 'BenchmarkAchieved',
      data: { benchmarkId, achievedOn: date, value, recordedBy: by, recordedAt: at },
    },
  ];
}

/** Only a benchmark that was set and is not yet achieved takes commands. */
function openOf(benchmark: Benchmark): Open {
  if (benchmark.status === 'none') return refuse('benchmark-not-found');
  if (benchmark.status === 'achieved')
    return refuse('benchmark-already-achieved', { benchmarkId: benchmark.benchmarkId });
  return benchmark;
}

export const benchmark: Decider<BenchmarkCommand, BenchmarkEvent, Benchmark> = {
  // 2: the state keeps the latest date progress was recorded for.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
