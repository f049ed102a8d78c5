import type { SecondmentEvent } from '../../events/catalog';
import type { Contribution } from '../contribution/contribution';
import { payingStaffIn } from '../contribution/funds';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import { lend, type SecondStaff } from './decide';
import type { Secondment } from './secondment';

/** The source a secondment names for the process's share of the salary, if it names one. */
export const sourceOf = ({ salary }: Pick<SecondStaff, 'salary'>): string | undefined =>
  salary.borneBy === 'home-institution' ? undefined : salary.fundingSourceId;

/**
 * A secondment belongs to an open process, like every record, in one of its units, and the source it
 * names pays for that unit. `source` is that source's state: a salary its home institution bears names none and has
 * nothing to check; a named source not given counts as never pledged, so no check is skipped.
 */
export function secondStaff(
  command: SecondStaff,
  process: Process,
  secondment: Secondment,
  source?: Contribution,
): SecondmentEvent[] {
  openProcess(process);
  const seconded = lend(command, secondment);
  unitOf(process, command.unit);
  if (sourceOf(command) !== undefined) payingStaffIn(source ?? { status: 'none' }, command.unit);
  return seconded;
}
