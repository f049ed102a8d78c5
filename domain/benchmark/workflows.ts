import type { BenchmarkEvent } from '../../events/catalog';
import { datedOn } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import type { Benchmark } from './benchmark';
import {
  decide,
  type MarkBenchmarkAchieved,
  type RecordBenchmarkProgress,
  type SetBenchmark,
  set,
} from './decide';

/** A benchmark belongs to an open process, like every record; a unit that answers for it is one of its units. */
export function setBenchmark(
  command: SetBenchmark,
  process: Process,
  benchmark: Benchmark,
): BenchmarkEvent[] {
  openProcess(process);
  const recorded = set(command, benchmark);
  if ('unit' in command.owner) unitOf(process, command.owner.unit, 'owner.unit');
  return recorded;
}

/**
 * Progress is what happened, never what is expected to: it is dated on a day the process has lived
 * (domain/process/business-date.ts), like every date a record is given.
 */
export function progressOn(
  command: RecordBenchmarkProgress | MarkBenchmarkAchieved,
  benchmark: Benchmark,
  process: Process,
): BenchmarkEvent[] {
  return datedOn(process, command.at, 'date', command.date, decide(command, benchmark));
}
