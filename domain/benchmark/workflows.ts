import type { BenchmarkEvent } from '../../events/catalog';
import { openProcess, type Process } from '../process/process';
import type { Benchmark } from './benchmark';
import { type SetBenchmark, set } from './decide';

/** A benchmark belongs to an open process, like every record. */
export function setBenchmark(
  command: SetBenchmark,
  process: Process,
  benchmark: Benchmark,
): BenchmarkEvent[] {
  openProcess(process);
  return set(command, benchmark);
}
