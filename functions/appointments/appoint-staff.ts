import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appointment } from '../../domain/appointment/decide';
import { appointStaff as decideAppointment } from '../../domain/appointment/workflows';
import { appointmentTermsSchema, placementSchema } from '../../events/catalog/staffing';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';
import { appointmentStream } from './streams';

export const appointStaffBody = z.strictObject({ ...appointmentTermsSchema.shape, ...placementSchema.shape });

export const appointStaff = commandRoute(
  { body: appointStaffBody, params: processParams, summary: 'Appoint a member of staff to a post in a unit' },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const appointmentId = randomUUID();
    return multiStream({
      subject: [appointmentStream(params.processId, appointmentId), appointment] as const,
      streams: { process: streams.process(params.processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'AppointStaff' as const,
          appointmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: decideAppointment(command, process, subject) };
      },
      result: ({ subject }) => ({ appointmentId, status: 'active', version: subject }),
    });
  },
);
