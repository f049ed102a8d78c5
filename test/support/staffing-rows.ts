import {
  evolve as evolveAppointment,
  initialState as noAppointment,
} from '../../domain/appointment/appointment';
import { evolve as evolveSecondment, initialState as noSecondment } from '../../domain/secondment/secondment';
import type { AppointmentRow, SecondmentRow } from '../../domain/views/staffing';
import type { AppointmentEvent, SecondmentEvent } from '../../events/catalog';

/** A staffing row as the projection keeps it: the appointment's own state after its events. */
export function appointmentRow(...events: readonly AppointmentEvent[]): AppointmentRow {
  const appointment = events.reduce(evolveAppointment, noAppointment);
  if (appointment.status === 'none') throw new Error('an appointment row starts with the appointment');
  return { kind: 'appointment', appointment, version: events.length };
}

/** A staffing row as the projection keeps it: the secondment's own state after its events. */
export function secondmentRow(...events: readonly SecondmentEvent[]): SecondmentRow {
  const secondment = events.reduce(evolveSecondment, noSecondment);
  if (secondment.status === 'none') throw new Error('a secondment row starts with the secondment');
  return { kind: 'secondment', secondment, version: events.length };
}
