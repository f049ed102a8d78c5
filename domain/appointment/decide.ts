import type { AppointmentEvent } from '../../events/catalog';
import type { SubFunction } from '../../events/catalog/appointment';
import type { Unit } from '../../events/schemas';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import { type Appointment, activeOf, evolve, initialState, placementOf } from './appointment';
import type { AppointmentCommand, Terms } from './commands';
import { subFunctionsOf } from './organisation';

/** The appointment's own rules; the post a Head or deputy fills is decided beside them in ./workflows.ts. */
export function decide(command: AppointmentCommand, appointment: Appointment): AppointmentEvent[] {
  switch (command.type) {
    case 'AppointSecretariatHead': {
      const { type: _, by, at, ...data } = appointable(command, appointment);
      return [{ type: 'SecretariatHeadAppointed', data: { ...data, appointedBy: by, appointedAt: at } }];
    }
    case 'AppointDeputy': {
      const { type: _, by, at, ...data } = appointable(command, appointment);
      return [{ type: 'DeputyAppointed', data: { ...data, appointedBy: by, appointedAt: at } }];
    }
    case 'AppointStaff': {
      const { type: _, by, at, ...data } = appointable(command, appointment);
      checkSubFunction(command);
      return [{ type: 'StaffAppointed', data: { ...data, appointedBy: by, appointedAt: at } }];
    }
    case 'ReassignAppointment': {
      const active = activeOf(appointment);
      if (active.kind !== 'staff')
        return refuse('leadership-appointment-not-reassignable', {
          appointmentId: active.appointmentId,
          postId: active.postId,
        });
      checkSubFunction(command);
      return [
        {
          type: 'AppointmentReassigned',
          data: {
            appointmentId: active.appointmentId,
            from: placementOf(active),
            to: placementOf(command),
            reassignedBy: command.by,
            reassignedAt: command.at,
          },
        },
      ];
    }
    case 'ExtendAppointment': {
      const active = activeOf(appointment);
      if (active.endDate === undefined)
        return refuse('appointment-open-ended', { appointmentId: active.appointmentId });
      if (command.newEndDate <= active.endDate)
        return refuse('contract-extension-not-later', { endDate: active.endDate, asked: command.newEndDate });
      return [
        {
          type: 'AppointmentExtended',
          data: {
            appointmentId: active.appointmentId,
            previousEndDate: active.endDate,
            newEndDate: command.newEndDate,
            extendedBy: command.by,
            extendedAt: command.at,
          },
        },
      ];
    }
    case 'EndAppointment': {
      const active = activeOf(appointment);
      // Leaving on the first day is possible; leaving before it is a mistyped date.
      if (command.endDate < active.startDate)
        return refuse('appointment-ends-before-it-starts', {
          startDate: active.startDate,
          endDate: command.endDate,
        });
      return [
        {
          type: 'AppointmentEnded',
          data: {
            appointmentId: active.appointmentId,
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

/** A new appointment: its id unused, its dates in order, its donor reporting line where it must be. */
function appointable<C extends Terms>(command: C, appointment: Appointment): C {
  if (appointment.status !== 'none')
    return refuse('appointment-already-recorded', { appointmentId: command.appointmentId });
  // ISO dates compare correctly as strings.
  if (command.endDate !== undefined && command.endDate <= command.startDate)
    return refuse('appointment-ends-before-it-starts', {
      startDate: command.startDate,
      endDate: command.endDate,
    });
  // DOMAIN.md: reporting lines to the donor must be explicit in a donor-funded post's terms of reference.
  const donorFunded = command.contractType === 'donor-funded';
  if (donorFunded && command.donorReportingLine === undefined)
    return refuse('donor-reporting-line-required', { appointmentId: command.appointmentId });
  if (!donorFunded && command.donorReportingLine !== undefined)
    return refuse('donor-reporting-line-without-donor-funding', {
      appointmentId: command.appointmentId,
      contractType: command.contractType,
    });
  return command;
}

function checkSubFunction({ unit, subFunction }: { unit: Unit; subFunction: SubFunction }): void {
  if (!subFunctionsOf[unit].includes(subFunction))
    refuse('sub-function-not-in-unit', { unit, subFunction, subFunctionsOfUnit: subFunctionsOf[unit] });
}

export const appointment: Decider<AppointmentCommand, AppointmentEvent, Appointment> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
