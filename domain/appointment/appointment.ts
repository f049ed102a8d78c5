import type { AppointmentEvent, EventOf } from '../../events/catalog';
import type { AppointmentEndReason, Placement } from '../../events/catalog/appointment';
import type { PostId } from '../../events/catalog/post';
import { refuse } from '../errors';
import type { Money } from '../money';
import { deputyPost, headPost } from '../post/post';

type Appointed<T extends 'SecretariatHeadAppointed' | 'DeputyAppointed' | 'StaffAppointed'> =
  EventOf<T>['data'];

/** Head and deputies hold a post only one person holds at a time; staff hold a placement in a unit. */
type Held =
  | ({ readonly kind: 'secretariat-head'; readonly postId: PostId } & Appointed<'SecretariatHeadAppointed'>)
  | ({ readonly kind: 'deputy'; readonly postId: PostId } & Appointed<'DeputyAppointed'>)
  | ({ readonly kind: 'staff' } & Appointed<'StaffAppointed'>);

/** A monthly cost in force from a day until the next change's day, or to the appointment's end. */
export interface CostChange {
  readonly effectiveFrom: string;
  readonly monthlyCost: Money;
}

/**
 * An appointment: in force until it ends, after which nothing more is recorded on it. `monthlyCost`
 * is the cost it was appointed at; `costChanges` the later ones, by `effectiveFrom`, absent until the
 * first (and on every staffing row projected before terms could change).
 */
export type Appointment =
  | { readonly status: 'none' }
  | (Held & {
      readonly status: 'active' | 'ended';
      readonly ended?: { readonly reason: AppointmentEndReason; readonly endDate: string };
      readonly costChanges?: readonly CostChange[];
    });

export type RecordedAppointment = Exclude<Appointment, { status: 'none' }>;

export const initialState: Appointment = { status: 'none' };

export function evolve(appointment: Appointment, event: AppointmentEvent): Appointment {
  switch (event.type) {
    case 'SecretariatHeadAppointed':
      return { status: 'active', kind: 'secretariat-head', postId: headPost, ...event.data };
    case 'DeputyAppointed':
      return { status: 'active', kind: 'deputy', postId: deputyPost(event.data.unit), ...event.data };
    case 'StaffAppointed':
      return { status: 'active', kind: 'staff', ...event.data };
    case 'AppointmentReassigned':
      return appointment.status !== 'none' && appointment.kind === 'staff'
        ? { ...appointment, ...event.data.to }
        : appointment;
    case 'AppointmentExtended':
      return appointment.status === 'none' ? appointment : { ...appointment, endDate: event.data.newEndDate };
    case 'AppointmentTermsChanged': {
      if (appointment.status === 'none') return appointment;
      const { effectiveFrom, monthlyCost } = event.data;
      // A change from a day already changed replaces it; ISO dates sort as strings.
      const kept = (appointment.costChanges ?? []).filter((change) => change.effectiveFrom !== effectiveFrom);
      const costChanges = [...kept, { effectiveFrom, monthlyCost }].sort((a, b) =>
        a.effectiveFrom.localeCompare(b.effectiveFrom),
      );
      return { ...appointment, costChanges };
    }
    case 'AppointmentEnded': {
      if (appointment.status === 'none') return appointment;
      const { reason, endDate } = event.data;
      return { ...appointment, status: 'ended', ended: { reason, endDate } };
    }
  }
}

/** The monthly cost in force on a day: the latest change from that day or before, else the appointed one. */
export function costOn(appointment: RecordedAppointment, day: string): Money {
  const changes = (appointment.costChanges ?? []).filter((change) => change.effectiveFrom <= day);
  return changes.at(-1)?.monthlyCost ?? appointment.monthlyCost;
}

/** The post an appointment holds alone, if it is a Head's or a deputy's. */
export const postOf = (appointment: Appointment): PostId | undefined =>
  appointment.status === 'none' || appointment.kind === 'staff' ? undefined : appointment.postId;

export const placementOf = ({ postTitle, unit, subFunction, reportsTo }: Placement): Placement => ({
  postTitle,
  unit,
  subFunction,
  reportsTo,
});

/** Every command after the appointment needs it recorded and still in force. */
export function activeOf(appointment: Appointment): RecordedAppointment {
  if (appointment.status === 'none') return refuse('appointment-not-found');
  if (appointment.status === 'ended')
    return refuse('appointment-ended', {
      appointmentId: appointment.appointmentId,
      endDate: appointment.ended?.endDate,
    });
  return appointment;
}
