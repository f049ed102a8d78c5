import type { SecondmentEvent } from '../../events/catalog';
import { type BudgetLine, staffLine } from '../budget-line/budget-line';
import type { Contribution } from '../contribution/contribution';
import { payingStaffIn } from '../contribution/funds';
import { datedOn, notBeforeMandate } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import { type EndSecondmentEarly, endEarly, lend, type SecondStaff } from './decide';
import type { Secondment } from './secondment';

/** The source a secondment names for the process's share of the salary, if it names one. */
export const sourceOf = ({ salary }: Pick<SecondStaff, 'salary'>): string | undefined =>
  salary.borneBy === 'home-institution' ? undefined : salary.fundingSourceId;

/** The line a secondment's share is charged to, if it names one. */
export const lineOf = ({ salary }: Pick<SecondStaff, 'salary'>): string | undefined =>
  salary.borneBy === 'home-institution' ? undefined : salary.lineId;

/**
 * A secondment belongs to an open process, like every record, in one of its units; the line it names
 * is in that unit, and the source it names pays for that line (or, with no line, for the unit).
 * `source` and `line` are their states: a salary its home institution bears names neither and has
 * nothing to check; one named but not given counts as never recorded, so no check is skipped.
 */
export function secondStaff(
  command: SecondStaff,
  process: Process,
  secondment: Secondment,
  source?: Contribution,
  line?: BudgetLine,
): SecondmentEvent[] {
  openProcess(process);
  const seconded = lend(command, secondment);
  unitOf(process, command.unit);
  const charged =
    lineOf(command) === undefined ? undefined : staffLine(line ?? { status: 'none' }, command.unit);
  if (sourceOf(command) !== undefined) payingStaffIn(source ?? { status: 'none' }, command.unit, charged);
  notBeforeMandate(process, 'startDate', command.startDate);
  return seconded;
}

/** An early end is what happened, a business date, like an appointment's. */
export function endSecondmentEarly(
  command: EndSecondmentEarly,
  secondment: Secondment,
  process: Process,
): SecondmentEvent[] {
  return datedOn(process, command.at, 'endDate', command.endDate, endEarly(command, secondment));
}
