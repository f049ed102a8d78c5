import type { SecondmentEvent } from '../../events/catalog';
import type { SecondmentEndReason, SecondmentTerms } from '../../events/catalog/secondment';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { activeOf, evolve, initialState, type Secondment } from './secondment';

export type SecondmentCommand = SecondStaff | ExtendSecondment | EndSecondmentEarly;

/** The secondment's own rules, one function per command. */
export function decide(command: SecondmentCommand, secondment: Secondment): SecondmentEvent[] {
  switch (command.type) {
    case 'SecondStaff':
      return lend(command, secondment);
    case 'ExtendSecondment':
      return extend(command, secondment);
    case 'EndSecondmentEarly':
      return endEarly(command, secondment);
    default:
      return assertNever(command);
  }
}

export interface SecondStaff extends Actor, SecondmentTerms {
  readonly type: 'SecondStaff';
  readonly secondmentId: string;
}

/** Staff lent to the process by their home institution. */
export function lend(command: Input<SecondStaff>, secondment: Secondment): SecondmentEvent[] {
  if (secondment.status !== 'none')
    return refuse('secondment-already-recorded', { secondmentId: command.secondmentId });
  // ISO dates compare correctly as strings.
  if (command.endDate <= command.startDate)
    return refuse('secondment-ends-before-it-starts', {
      startDate: command.startDate,
      endDate: command.endDate,
    });
  // From `decide` or a workflow the command still carries its `type`, which is no event data.
  const { type: _, by, at, salary, ...data }: Input<SecondStaff> & { readonly type?: string } = command;
  const charged =
    salary.borneBy === 'home-institution' ? salary : { ...salary, lineId: salary.lineId ?? null };
  return [{ type: 'StaffSeconded', data: { ...data, salary: charged, secondedBy: by, secondedAt: at } }];
}

export interface ExtendSecondment extends Actor {
  readonly type: 'ExtendSecondment';
  readonly secondmentId: string;
  readonly newEndDate: string;
}

export function extend(command: Input<ExtendSecondment>, secondment: Secondment): SecondmentEvent[] {
  const active = activeOf(secondment);
  if (command.newEndDate <= active.endDate)
    return refuse('secondment-extension-not-later', {
      endDate: active.endDate,
      asked: command.newEndDate,
    });
  return [
    {
      type: 'SecondmentExtended',
      data: {
        secondmentId: active.secondmentId,
        previousEndDate: active.endDate,
        newEndDate: command.newEndDate,
        extendedBy: command.by,
        extendedAt: command.at,
      },
    },
  ];
}

export interface EndSecondmentEarly extends Actor {
  readonly type: 'EndSecondmentEarly';
  readonly secondmentId: string;
  readonly reason: SecondmentEndReason;
  readonly endDate: string;
}

export function endEarly(command: Input<EndSecondmentEarly>, secondment: Secondment): SecondmentEvent[] {
  const active = activeOf(secondment);
  if (command.endDate > active.endDate)
    return refuse('secondment-early-end-after-planned-end', {
      plannedEndDate: active.endDate,
      endDate: command.endDate,
    });
  if (command.endDate < active.startDate)
    return refuse('secondment-ends-before-it-starts', {
      startDate: active.startDate,
      endDate: command.endDate,
    });
  return [
    {
      type: 'SecondmentEndedEarly',
      data: {
        secondmentId: active.secondmentId,
        reason: command.reason,
        endDate: command.endDate,
        endedBy: command.by,
        endedAt: command.at,
      },
    },
  ];
}

export const secondment: Decider<SecondmentCommand, SecondmentEvent, Secondment> = {
  // 2: the state carries the budget line its cost is charged to; tips folded before it are folded again.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
