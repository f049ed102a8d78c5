import type { SecondmentEvent } from '../../events/catalog';
import { openProcess, type Process } from '../process/process';
import { lend, type SecondStaff } from './decide';
import type { Secondment } from './secondment';

/** A secondment belongs to an open process, like every record. */
export function secondStaff(
  command: SecondStaff,
  process: Process,
  secondment: Secondment,
): SecondmentEvent[] {
  openProcess(process);
  return lend(command, secondment);
}
