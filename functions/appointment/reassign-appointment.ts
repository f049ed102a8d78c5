import { appointment } from '../../domain/appointment/decide';
import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { placementSchema } from '../../events/catalog/appointment';
import { aggregateCommand } from '../commons/aggregate-command';

export const reassignAppointmentBody = placementSchema;

export const reassignAppointment = aggregateCommand(appointment)(
  {
    body: reassignAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params: { processId, appointmentId }, identity, now }) => ({
    streamId: appointmentStream(processId, appointmentId)[0],
    command: { type: 'ReassignAppointment', appointmentId, ...body, by: identity.subject, at: now },
    result: () => ({ appointmentId, status: 'active' }),
  }),
);
