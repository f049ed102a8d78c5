import * as z from 'zod';
import { postOf } from '../../domain/appointment/appointment';
import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { endAppointment as decideEnd } from '../../domain/appointment/workflows';
import { post } from '../../domain/post/decide';
import { postStream } from '../../domain/post/stream';
import { processStream } from '../../domain/process/stream';
import { appointmentEndReasonSchema } from '../../events/catalog/appointment';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const endAppointmentBody = z.strictObject({ reason: appointmentEndReasonSchema, endDate: dateSchema });

/** Ending a Head's or deputy's appointment frees the post in the same transaction. */
export const endAppointment = commandRoute(
  {
    body: endAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params, identity, now }) => {
    const { processId, appointmentId } = params;
    return multiStream({
      subject: appointmentStream(processId, appointmentId),
      streams: (held) => {
        const postId = postOf(held);
        return {
          post: postId === undefined ? undefined : postStream(processId, postId),
          // Read, not appended to: its time zone and mandate bound the end's date.
          process: processStream(processId),
        };
      },
      decide: ({ subject, post: occupied, process }) => {
        const command = {
          type: 'EndAppointment' as const,
          appointmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        const events = decideEnd(command, subject, occupied ?? post.initialState, process);
        return { subject: events.appointment, post: events.post };
      },
      result: ({ subject }) => ({ appointmentId, status: 'ended', version: subject }),
    });
  },
);
