import type { AppointmentEvent, SecondmentEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import {
  evolve as evolveAppointment,
  initialState as noAppointment,
  type RecordedAppointment,
} from '../appointment/appointment';
import {
  evolve as evolveSecondment,
  initialState as noSecondment,
  type RecordedSecondment,
} from '../secondment/secondment';
import type { Projection, RowKey } from './projection';

/**
 * One appointment as its own aggregate folds it: the row holds the aggregate's state, so the staffing,
 * budget and donor views read the same terms, placement and ending the commands are decided on.
 */
export interface AppointmentRow {
  readonly kind: 'appointment';
  readonly appointment: RecordedAppointment;
  readonly version: number;
}

/** One secondment as its own aggregate folds it. */
export interface SecondmentRow {
  readonly kind: 'secondment';
  readonly secondment: RecordedSecondment;
  readonly version: number;
}

export type StaffRow = AppointmentRow | SecondmentRow;

export const staffingPartition = (processId: string): string => `${processId}#staffing`;

/** The contract's or secondment's end as agreed, after extensions; null for an open-ended contract. */
export const contractEndOf = (row: StaffRow): string | null =>
  row.kind === 'appointment' ? (row.appointment.endDate ?? null) : row.secondment.endDate;

/** The last day worked: the day it ended, if it was ended, else the agreed end; null when open-ended. */
export const lastDayOf = (row: StaffRow): string | null =>
  (row.kind === 'appointment' ? row.appointment.ended?.endDate : row.secondment.ended?.endDate) ??
  contractEndOf(row);

const appointmentEvents: ReadonlySet<string> = new Set<AppointmentEvent['type']>([
  'SecretariatHeadAppointed',
  'DeputyAppointed',
  'StaffAppointed',
  'AppointmentReassigned',
  'AppointmentExtended',
  'AppointmentTermsChanged',
  'AppointmentEnded',
]);

const secondmentEvents: ReadonlySet<string> = new Set<SecondmentEvent['type']>([
  'StaffSeconded',
  'SecondmentExtended',
  'SecondmentEndedEarly',
]);

const isAppointmentEvent = (event: StoredEvent): event is StoredEvent<AppointmentEvent> =>
  appointmentEvents.has(event.type);

const isSecondmentEvent = (event: StoredEvent): event is StoredEvent<SecondmentEvent> =>
  secondmentEvents.has(event.type);

function appointmentRow(row: StaffRow | undefined, event: StoredEvent<AppointmentEvent>): AppointmentRow {
  const appointment = evolveAppointment(row?.kind === 'appointment' ? row.appointment : noAppointment, event);
  // One stream, applied in order: the appointment always comes first.
  if (appointment.status === 'none')
    throw new Error(`${event.type} on ${event.streamId} before the appointment`);
  return { kind: 'appointment', appointment, version: event.version };
}

function secondmentRow(row: StaffRow | undefined, event: StoredEvent<SecondmentEvent>): SecondmentRow {
  const secondment = evolveSecondment(row?.kind === 'secondment' ? row.secondment : noSecondment, event);
  if (secondment.status === 'none')
    throw new Error(`${event.type} on ${event.streamId} before the secondment`);
  return { kind: 'secondment', secondment, version: event.version };
}

/**
 * Every appointment and secondment of a process, one row each: the staffing view, the budget's
 * personnel forecast and each donor's funded staff (a filter by funding source at query time) read it.
 */
export const staffingProjection: Projection<StaffRow> = {
  name: 'staffing',
  aggregates: ['appointment', 'secondment'],
  rowOf(event): RowKey | undefined {
    const pk = staffingPartition(event.metadata.processId);
    if (isAppointmentEvent(event)) return { pk, sk: `appointment#${event.data.appointmentId}` };
    if (isSecondmentEvent(event)) return { pk, sk: `secondment#${event.data.secondmentId}` };
    return undefined;
  },
  apply(row, event) {
    if (isAppointmentEvent(event)) return appointmentRow(row, event);
    if (isSecondmentEvent(event)) return secondmentRow(row, event);
    throw new Error(`the staffing view does not apply ${event.type}`);
  },
};

/** Where an appointment or secondment stands on a day: not started yet, in force, or past its last day. */
export function standingOn(row: StaffRow, day: string): 'planned' | 'active' | 'ended' {
  const last = lastDayOf(row);
  if (last !== null && last < day) return 'ended';
  const start = row.kind === 'appointment' ? row.appointment.startDate : row.secondment.startDate;
  return start > day ? 'planned' : 'active';
}
