import { z } from 'zod';
import { appointment } from '../../domain/appointment/decide';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { appointmentParams, appointmentStream } from './streams';

export const extendAppointmentBody = z.strictObject({ newEndDate: dateSchema });

export const extendAppointment = commandRoute(
  {
    body: extendAppointmentBody,
    params: appointmentParams,
    summary: 'Extend a contract to a later end date',
  },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, appointmentId } = params;
      const held = await load(appointmentStream(processId, appointmentId), appointment);
      const events = appointment.decide(
        { type: 'ExtendAppointment', appointmentId, ...body, by: identity.subject, at: now },
        held.state,
      );
      return {
        changes: [{ stream: held, events }],
        result: { appointmentId, status: 'active', version: held.version + events.length },
      };
    },
);
