import type { SecondmentEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { SecondmentCommand } from './commands';
import { activeOf, evolve, initialState, type Secondment } from './secondment';

export function decide(command: SecondmentCommand, secondment: Secondment): SecondmentEvent[] {
  switch (command.type) {
    case 'SecondStaff': {
      if (secondment.status !== 'none')
        return refuse('secondment-already-recorded', { secondmentId: command.secondmentId });
      // ISO dates compare correctly as strings.
      if (command.endDate <= command.startDate)
        return refuse('secondment-ends-before-it-starts', {
          startDate: command.startDate,
          endDate: command.endDate,
        });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'StaffSeconded', data: { ...data, secondedBy: by, secondedAt: at } }];
    }
    case 'ExtendSecondment': {
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
    case 'EndSecondmentEarly': {
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
    default:
      return assertNever(command);
  }
}

export const secondment: Decider<SecondmentCommand, SecondmentEvent, Secondment> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
