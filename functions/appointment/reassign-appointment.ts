import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { reassign } from '../../domain/appointment/workflows';
import { processStream } from '../../domain/process/stream';
import { placementSchema } from '../../events/catalog/appointment';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const reassignAppointmentBody = placementSchema;

export const reassignAppointment = commandRoute(
  {
    body: reassignAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params: { processId, appointmentId }, identity, now }) =>
    multiStream({
      subject: appointmentStream(processId, appointmentId),
      // Read for its units, never appended to.
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'ReassignAppointment' as const,
          appointmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: reassign(command, subject, process) };
      },
      result: ({ subject }) => ({ appointmentId, status: 'active', version: subject }),
    }),
);
