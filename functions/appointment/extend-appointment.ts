import * as z from 'zod';
import { appointment } from '../../domain/appointment/decide';
import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { dateSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const extendAppointmentBody = z.strictObject({ newEndDate: dateSchema });

export const extendAppointment = aggregateCommand(appointment)(
  {
    body: extendAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params: { processId, appointmentId }, identity, now }) => ({
    streamId: appointmentStream(processId, appointmentId)[0],
    command: { type: 'ExtendAppointment', appointmentId, ...body, by: identity.subject, at: now },
    result: () => ({ appointmentId, status: 'active' }),
  }),
);
