import { z } from 'zod';
import { appointment } from '../../domain/appointment/decide';
import { dateSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';
import { appointmentParams, appointmentStream } from './streams';

export const extendAppointmentBody = z.strictObject({ newEndDate: dateSchema });

export const extendAppointment = aggregateCommand(appointment)(
  {
    body: extendAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params: { processId, appointmentId }, identity, now }) => ({
    streamId: appointmentStream(processId, appointmentId),
    command: { type: 'ExtendAppointment', appointmentId, ...body, by: identity.subject, at: now },
    result: () => ({ appointmentId, status: 'active' }),
  }),
);
