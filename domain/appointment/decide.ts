import type { AppointmentEvent } from '../../events/catalog';
import type {
  AppointmentEndReason,
  AppointmentTerms,
  HeadTerms,
  Placement,
} from '../../events/catalog/appointment';
import type { Unit } from '../../events/schemas';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import type { Money } from '../money';
import { type Appointment, activeOf, costOn, evolve, initialState, placementOf } from './appointment';

export type AppointmentCommand =
  | AppointSecretariatHead
  | AppointDeputy
  | AppointStaff
  | ReassignAppointment
  | ExtendAppointment
  | ChangeAppointmentTerms
  | EndAppointment;

/**
 * The appointment's own rules, one function per command; the post a Head or deputy fills is decided
 * beside them in ./workflows.ts.
 */
export function decide(command: AppointmentCommand, appointment: Appointment): AppointmentEvent[] {
  switch (command.type) {
    case 'AppointSecretariatHead':
      return appointAsHead(command, appointment);
    case 'AppointDeputy':
      return appointAsDeputy(command, appointment);
    case 'AppointStaff':
      return appointToStaff(command, appointment);
    case 'ReassignAppointment':
      return move(command, appointment);
    case 'ExtendAppointment':
      return extend(command, appointment);
    case 'ChangeAppointmentTerms':
      return changeTerms(command, appointment);
    case 'EndAppointment':
      return end(command, appointment);
    default:
      return assertNever(command);
  }
}

/** What every appointment states: who, on what contract, from when to when, at what cost, paid from what. */
export interface Terms extends Actor, AppointmentTerms {
  readonly appointmentId: string;
}

/** The Head is usually the Accounting Officer, answerable for public funds. */
export interface AppointSecretariatHead extends Terms, HeadTerms {
  readonly type: 'AppointSecretariatHead';
}

export function appointAsHead(
  command: Input<AppointSecretariatHead>,
  appointment: Appointment,
): AppointmentEvent[] {
  const { by, at, lineId, ...data } = appointable(command, appointment);
  return [
    {
      type: 'SecretariatHeadAppointed',
      data: { ...data, lineId: lineId ?? null, appointedBy: by, appointedAt: at },
    },
  ];
}

export interface AppointDeputy extends Terms {
  readonly type: 'AppointDeputy';
  readonly unit: Unit;
}

export function appointAsDeputy(command: Input<AppointDeputy>, appointment: Appointment): AppointmentEvent[] {
  const { by, at, lineId, ...data } = appointable(command, appointment);
  return [
    { type: 'DeputyAppointed', data: { ...data, lineId: lineId ?? null, appointedBy: by, appointedAt: at } },
  ];
}

export interface AppointStaff extends Terms, Placement {
  readonly type: 'AppointStaff';
}

export function appointToStaff(command: Input<AppointStaff>, appointment: Appointment): AppointmentEvent[] {
  const { by, at, lineId, ...data } = appointable(command, appointment);
  return [
    { type: 'StaffAppointed', data: { ...data, lineId: lineId ?? null, appointedBy: by, appointedAt: at } },
  ];
}

export interface ReassignAppointment extends Actor, Placement {
  readonly type: 'ReassignAppointment';
  readonly appointmentId: string;
}

export function move(command: Input<ReassignAppointment>, appointment: Appointment): AppointmentEvent[] {
  const active = activeOf(appointment);
  if (active.kind !== 'staff')
    return refuse('leadership-appointment-not-reassignable', {
      appointmentId: active.appointmentId,
      postId: active.postId,
    });
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

export interface ExtendAppointment extends Actor {
  readonly type: 'ExtendAppointment';
  readonly appointmentId: string;
  readonly newEndDate: string;
}

export function extend(command: Input<ExtendAppointment>, appointment: Appointment): AppointmentEvent[] {
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

/**
 * A salary that changes from a day. The day may lie ahead (a planned raise) but within the contract;
 * the process's mandate and closed months bound it too (./workflows.ts).
 */
export interface ChangeAppointmentTerms extends Actor {
  readonly type: 'ChangeAppointmentTerms';
  readonly appointmentId: string;
  readonly monthlyCost: Money;
  readonly effectiveFrom: string;
  readonly reason: string;
}

export function changeTerms(
  command: Input<ChangeAppointmentTerms>,
  appointment: Appointment,
): AppointmentEvent[] {
  const active = activeOf(appointment);
  const { monthlyCost, effectiveFrom } = command;
  if (monthlyCost.amount <= 0) return refuse('monthly-cost-not-positive', { monthlyCost });
  // Each forecast month adds the costs up: one appointment's costs in two currencies would not add.
  const { currency } = active.monthlyCost;
  if (monthlyCost.currency !== currency)
    return refuse('monthly-cost-in-another-currency', { currency, asked: monthlyCost.currency });
  if (effectiveFrom < active.startDate)
    return refuse('terms-effective-before-start', { startDate: active.startDate, effectiveFrom });
  if (active.endDate !== undefined && effectiveFrom > active.endDate)
    return refuse('terms-effective-after-end', { endDate: active.endDate, effectiveFrom });
  const previousMonthlyCost = costOn(active, effectiveFrom);
  if (previousMonthlyCost.amount === monthlyCost.amount)
    return refuse('terms-unchanged', { effectiveFrom, monthlyCost });
  return [
    {
      type: 'AppointmentTermsChanged',
      data: {
        appointmentId: active.appointmentId,
        previousMonthlyCost,
        monthlyCost,
        effectiveFrom,
        reason: command.reason,
        changedBy: command.by,
        changedAt: command.at,
      },
    },
  ];
}

export interface EndAppointment extends Actor {
  readonly type: 'EndAppointment';
  readonly appointmentId: string;
  readonly reason: AppointmentEndReason;
  readonly endDate: string;
}

export function end(command: Input<EndAppointment>, appointment: Appointment): AppointmentEvent[] {
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

/**
 * A new appointment: its id unused, its dates in order, its donor reporting line where it must be.
 * Answers the command without its `type`, which from `decide` or a workflow it still carries and
 * which is no event data.
 */
function appointable<C extends Terms>(command: C, appointment: Appointment): Omit<C, 'type'> {
  if (appointment.status !== 'none')
    return refuse('appointment-already-recorded', { appointmentId: command.appointmentId });
  // ISO dates compare correctly as strings.
  if (command.endDate !== undefined && command.endDate <= command.startDate)
    return refuse('appointment-ends-before-it-starts', {
      startDate: command.startDate,
      endDate: command.endDate,
    });
  // docs/rules.md: reporting lines to the donor must be explicit in a donor-funded post's terms of reference.
  const donorFunded = command.contractType === 'donor-funded';
  if (donorFunded && command.donorReportingLine === undefined)
    return refuse('donor-reporting-line-required', { appointmentId: command.appointmentId });
  if (!donorFunded && command.donorReportingLine !== undefined)
    return refuse('donor-reporting-line-without-donor-funding', {
      appointmentId: command.appointmentId,
      contractType: command.contractType,
    });
  const { type: _, ...terms }: C & { readonly type?: string } = command;
  return terms;
}

export const appointment: Decider<AppointmentCommand, AppointmentEvent, Appointment> = {
  // 2: the state carries the budget line its cost is charged to; tips folded before it are folded again.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
