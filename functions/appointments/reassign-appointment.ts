import { appointment } from '../../domain/appointment/decide';
import { placementSchema } from '../../events/catalog/staffing';
import { commandRoute } from '../commons/http';
import { appointmentParams, appointmentStream } from './streams';

export const reassignAppointmentBody = placementSchema;

export const reassignAppointment = commandRoute(
  {
    body: reassignAppointmentBody,
    params: appointmentParams,
    summary: 'Reassign a member of staff: new post, unit, sub-function and reporting line',
  },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, appointmentId } = params;
      const held = await load(appointmentStream(processId, appointmentId), appointment);
      const events = appointment.decide(
        { type: 'ReassignAppointment', appointmentId, ...body, by: identity.subject, at: now },
        held.state,
      );
      return {
        changes: [{ stream: held, events }],
        result: { appointmentId, status: 'active', version: held.version + events.length },
      };
    },
);
