import { appointment } from '../../domain/appointment/decide';
import { placementSchema } from '../../events/catalog/staffing';
import { aggregateCommand } from '../commons/aggregate-command';
import { appointmentParams, appointmentStream } from './streams';

export const reassignAppointmentBody = placementSchema;

export const reassignAppointment = aggregateCommand(appointment)(
  {
    body: reassignAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params: { processId, appointmentId }, identity, now }) => ({
    streamId: appointmentStream(processId, appointmentId),
    command: { type: 'ReassignAppointment', appointmentId, ...body, by: identity.subject, at: now },
    result: () => ({ appointmentId, status: 'active' }),
  }),
);
