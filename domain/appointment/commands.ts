import type {
  AppointmentEndReason,
  AppointmentTerms,
  HeadTerms,
  Placement,
} from '../../events/catalog/appointment';
import type { Unit } from '../../events/schemas';
import type { Actor } from '../decider';

/** What every appointment states: who, on what contract, from when to when, at what cost, paid from what. */
export interface Terms extends Actor, AppointmentTerms {
  readonly appointmentId: string;
}

/** The Head is usually the Accounting Officer, answerable for public funds. */
export interface AppointSecretariatHead extends Terms, HeadTerms {
  readonly type: 'AppointSecretariatHead';
}

export interface AppointDeputy extends Terms {
  readonly type: 'AppointDeputy';
  readonly unit: Unit;
}

export interface AppointStaff extends Terms, Placement {
  readonly type: 'AppointStaff';
}

export interface ReassignAppointment extends Actor, Placement {
  readonly type: 'ReassignAppointment';
  readonly appointmentId: string;
}

export interface ExtendAppointment extends Actor {
  readonly type: 'ExtendAppointment';
  readonly appointmentId: string;
  readonly newEndDate: string;
}

export interface EndAppointment extends Actor {
  readonly type: 'EndAppointment';
  readonly appointmentId: string;
  readonly reason: AppointmentEndReason;
  readonly endDate: string;
}

export type AppointmentCommand =
  | AppointSecretariatHead
  | AppointDeputy
  | AppointStaff
  | ReassignAppointment
  | ExtendAppointment
  | EndAppointment;
