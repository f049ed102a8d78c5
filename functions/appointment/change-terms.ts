import * as z from 'zod';
import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { changeTermsOf } from '../../domain/appointment/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, moneySchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const changeTermsBody = z.strictObject({
  monthlyCost: moneySchema,
  effectiveFrom: dateSchema,
  reason: textSchema(500),
});

export const changeAppointmentTerms = commandRoute(
  { body: changeTermsBody, params: appointmentParams },
  200,
  ({ body, params: { processId, appointmentId }, identity, now }) =>
    multiStream({
      subject: appointmentStream(processId, appointmentId),
      // Read for its mandate and closed months, never appended to.
      streams: { process: processStream(processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'ChangeAppointmentTerms' as const,
          appointmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: changeTermsOf(command, subject, process) };
      },
      result: ({ subject }) => ({ appointmentId, status: 'active', version: subject }),
    }),
);
