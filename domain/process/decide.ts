import type { ProcessEvent } from '../../events/catalog';
import { defaultUnits, type UnitDefinition } from '../../events/catalog/process';
import { dayIn, lastDayOf, monthOf } from '../calendar';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { evolve, initialState, openProcess, type Process, type ProcessTerms } from './process';
import { checkReorganisation, checkUnits } from './units';

export type ProcessCommand =
  | OpenProcessCommand
  | ExtendMandate
  | SetIndependenceThreshold
  | OrganiseUnits
  | ProposePeriodClose
  | ClosePeriod
  | ReopenPeriod;

export function decide(command: ProcessCommand, process: Process): ProcessEvent[] {
  switch (command.type) {
    case 'OpenProcess':
      return open(command, process);
    case 'ExtendMandate':
      return extendMandate(command, process);
    case 'SetIndependenceThreshold':
      return setThreshold(command, process);
    case 'ProposePeriodClose':
      return proposeClose(command, process);
    case 'ClosePeriod':
      return closePeriod(command, process);
    case 'ReopenPeriod':
      return reopenPeriod(command, process);
    case 'OrganiseUnits':
      return organiseUnits(command, process);
    default:
      return assertNever(command);
  }
}

export interface OpenProcessCommand extends Actor, ProcessTerms {
  readonly type: 'OpenProcess';
  /** The Secretariat's units; the four pillars, each a unit of itself, when not given. */
  readonly units?: readonly UnitDefinition[];
}

/** Takes the whole command: every field but its `type` and the actor is event data. */
export function open(command: OpenProcessCommand, process: Process): ProcessEvent[] {
  if (process.status !== 'none') return refuse('process-already-open', { processId: command.processId });
  // ISO dates compare correctly as strings.
  if (command.mandateEnd <= command.mandateStart)
    return refuse('mandate-ends-before-it-starts', {
      mandateStart: command.mandateStart,
      mandateEnd: command.mandateEnd,
    });
  const { type: _, by, at, units = defaultUnits, ...data } = command;
  checkUnits(units);
  return [{ type: 'ProcessOpened', data: { ...data, units: [...units], openedBy: by, openedAt: at } }];
}

export interface ExtendMandate extends Actor {
  readonly type: 'ExtendMandate';
  readonly newEnd: string;
  readonly reason: string;
}

export function extendMandate(command: Input<ExtendMandate>, process: Process): ProcessEvent[] {
  const current = openProcess(process);
  if (command.newEnd <= current.mandateEnd)
    return refuse('mandate-extension-not-later', { mandateEnd: current.mandateEnd, asked: command.newEnd });
  return [
    {
      type: 'MandateExtended',
      data: {
        previousEnd: current.mandateEnd,
        newEnd: command.newEnd,
        reason: command.reason,
        extendedBy: command.by,
        extendedAt: command.at,
      },
    },
  ];
}

/** Leadership sets the share of seconded and donor-funded staff it is prepared to accept. */
export interface SetIndependenceThreshold extends Actor {
  readonly type: 'SetIndependenceThreshold';
  readonly percent: number;
}

export function setThreshold(command: Input<SetIndependenceThreshold>, process: Process): ProcessEvent[] {
  openProcess(process);
  const data = { percent: command.percent, setBy: command.by, setAt: command.at };
  return [{ type: 'IndependenceThresholdSet', data }];
}

/** The finance desk asks for a month that is over to be closed; it stays open until an approver closes it. */
export interface ProposePeriodClose extends Actor {
  readonly type: 'ProposePeriodClose';
  readonly month: string;
}

export function proposeClose(command: Input<ProposePeriodClose>, process: Process): ProcessEvent[] {
  const { month, by, at } = command;
  const current = openProcess(process);
  // A month still running would close on entries not yet made.
  const today = dayIn(at, current.timeZone);
  if (lastDayOf(month) >= today) return refuse('period-not-ended', { month, today });
  if (month < monthOf(current.mandateStart))
    return refuse('period-before-mandate', { month, mandateStart: current.mandateStart });
  if (current.closedMonths.includes(month)) return refuse('period-already-closed', { month });
  const proposedBy = current.closeProposals[month];
  if (proposedBy) return refuse('period-close-already-proposed', { month, proposedBy });
  return [{ type: 'PeriodCloseProposed', data: { month, proposedBy: by, proposedAt: at } }];
}

/** Maker-checker: a month is closed by someone other than who proposed it. */
export interface ClosePeriod extends Actor {
  readonly type: 'ClosePeriod';
  readonly month: string;
}

export function closePeriod(command: Input<ClosePeriod>, process: Process): ProcessEvent[] {
  const { month, by, at } = command;
  const current = openProcess(process);
  if (current.closedMonths.includes(month)) return refuse('period-already-closed', { month });
  const proposedBy = current.closeProposals[month];
  if (!proposedBy) return refuse('period-close-not-proposed', { month });
  if (proposedBy === by) return refuse('proposer-cannot-close', { month, proposedBy });
  return [{ type: 'PeriodClosed', data: { month, proposedBy, closedBy: by, closedAt: at } }];
}

/** An admin's exception, never silent: the reason shows on every report of the month. */
export interface ReopenPeriod extends Actor {
  readonly type: 'ReopenPeriod';
  readonly month: string;
  readonly reason: string;
}

export function reopenPeriod(command: Input<ReopenPeriod>, process: Process): ProcessEvent[] {
  const { month, reason, by, at } = command;
  if (!openProcess(process).closedMonths.includes(month)) return refuse('period-not-closed', { month });
  return [{ type: 'PeriodReopened', data: { month, reason, reopenedBy: by, reopenedAt: at } }];
}

/** The whole list of units as it now stands: added, renamed or re-parented (domain/process/units.ts). */
export interface OrganiseUnits extends Actor {
  readonly type: 'OrganiseUnits';
  readonly units: readonly UnitDefinition[];
}

export function organiseUnits(command: Input<OrganiseUnits>, process: Process): ProcessEvent[] {
  const { units } = openProcess(process);
  checkUnits(command.units);
  checkReorganisation(units, command.units);
  const data = { units: [...command.units], organisedBy: command.by, organisedAt: command.at };
  return [{ type: 'UnitsOrganised', data }];
}

export const process: Decider<ProcessCommand, ProcessEvent, Process> = {
  // 2: the state gained the independence threshold; older tips are refolded.
  // 3: the state gained the time zone.
  // 4: the state gained the units.
  // 5: the state gained the closed months and the proposals to close.
  stateVersion: 5,
  initialState,
  evolve,
  decide,
  // Business dates are checked against its closed months: a payment must not land in a month closed meanwhile.
  checkedWhenRead: true,
};
