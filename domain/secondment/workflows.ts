import type { SecondmentEvent } from '../../events/catalog';
import type { Contribution } from '../contribution/contribution';
import { payingStaffIn } from '../contribution/funds';
import { openProcess, type Process } from '../process/process';
import { lend, type SecondStaff } from './decide';
import type { Secondment } from './secondment';

/** The source a secondment names for the process's share of the salary, if it names one. */
export const sourceOf = ({ salary }: Pick<SecondStaff, 'salary'>): string | undefined =>
  salary.borneBy === 'home-institution' ? undefined : salary.fundingSourceId;

/**
 * A secondment belongs to an open process, like every record, and the source it names pays for its
 * unit. `source` is that source's state, absent when it names none: a salary its home institution
 * bears, or a share the process bears from no source in particular, has nothing to check.
 */
export function secondStaff(
  command: SecondStaff,
  process: Process,
  secondment: Secondment,
  source?: Contribution,
): SecondmentEvent[] {
  openProcess(process);
  const seconded = lend(command, secondment);
  if (source !== undefined) payingStaffIn(source, command.unit);
  return seconded;
}
