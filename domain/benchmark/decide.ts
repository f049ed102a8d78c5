import type { BenchmarkEvent } from '../../events/catalog';
import { dayOf } from '../calendar';
import type { Actor, Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import { type Benchmark, evolve, initialState } from './benchmark';
import type { BenchmarkCommand, ProgressReport } from './commands';

type Open = Exclude<Benchmark, { status: 'none' }>;

export function decide(command: BenchmarkCommand, benchmark: Benchmark): BenchmarkEvent[] {
  switch (command.type) {
    case 'SetBenchmark': {
      if (benchmark.status !== 'none')
        return refuse('benchmark-already-set', { benchmarkId: command.benchmarkId });
      if (command.baseline >= command.target)
        return refuse('baseline-not-below-target', { baseline: command.baseline, target: command.target });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'BenchmarkSet', data: { ...data, setBy: by, setAt: at } }];
    }
    case 'RecordBenchmarkProgress':
      return recordProgress(command, openOf(benchmark));
    case 'MarkBenchmarkAchieved': {
      const open = openOf(benchmark);
      if (command.value < open.target)
        return refuse('benchmark-target-not-reached', { target: open.target, value: command.value });
      return recordProgress(command, open);
    }
    case 'RescheduleBenchmark': {
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
    default:
      return assertNever(command);
  }
}

/** Progress, and the achievement with it when the value reaches the target: one decision, one append. */
function recordProgress(report: ProgressReport & Actor, open: Open): BenchmarkEvent[] {
  const { date, value, evidence, area, correction, by, at } = report;
  // `at` is the command's UTC time: progress is what happened, never what is expected to.
  const today = dayOf(at);
  if (date > today) return refuse('progress-dated-in-future', { date, today });
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
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
