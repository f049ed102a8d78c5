import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { appointmentStream } from '../../domain/appointment/stream';
import { appointStaff as decideAppointment } from '../../domain/appointment/workflows';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { processParams, processStream } from '../../domain/process/stream';
import { appointmentTermsSchema, placementSchema } from '../../events/catalog/appointment';
import { moneySchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const appointStaffBody = z.strictObject({
  ...appointmentTermsSchema.shape,
  monthlyCost: moneySchema,
  ...placementSchema.shape,
});

export const appointStaff = commandRoute(
  { body: appointStaffBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const appointmentId = randomUUID();
    return multiStream({
      subject: appointmentStream(params.processId, appointmentId),
      // The source and line are read for their donor, restrictions and unit, never appended to.
      streams: {
        process: processStream(params.processId),
        source: contributionStream(params.processId, body.fundingSourceId),
        line: body.lineId === undefined ? undefined : budgetLineStream(params.processId, body.lineId),
      },
      decide: ({ subject, process, source, line }) => {
        const command = {
          type: 'AppointStaff' as const,
          appointmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: decideAppointment(command, process, subject, source, line) };
      },
      result: ({ subject }) => ({ appointmentId, status: 'active', version: subject }),
    });
  },
);
