import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appointmentStream } from '../../domain/appointment/stream';
import { appointStaff as decideAppointment } from '../../domain/appointment/workflows';
import { processParams, processStream } from '../../domain/process/stream';
import { appointmentTermsSchema, placementSchema } from '../../events/catalog/appointment';
import { commandRoute } from '../commons/http';

export const appointStaffBody = z.strictObject({ ...appointmentTermsSchema.shape, ...placementSchema.shape });

export const appointStaff = commandRoute(
  { body: appointStaffBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const appointmentId = randomUUID();
    return async (load) => {
      const appointed = await load(...appointmentStream(params.processId, appointmentId));
      const opened = await load(...processStream(params.processId));
      const events = decideAppointment(
        { type: 'AppointStaff', appointmentId, ...body, by: identity.subject, at: now },
        opened.state,
        appointed.state,
      );
      return {
        changes: [{ stream: appointed, events }],
        result: { appointmentId, status: 'active', version: appointed.version + events.length },
      };
    };
  },
);
