import { z } from 'zod';
import { postOf } from '../../domain/appointment/appointment';
import { appointment } from '../../domain/appointment/decide';
import { endAppointment as decideEnd } from '../../domain/appointment/workflows';
import { post } from '../../domain/post/decide';
import { appointmentEndReasonSchema } from '../../events/catalog/staffing';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { appointmentParams, appointmentStream, postStream } from './streams';

export const endAppointmentBody = z.strictObject({ reason: appointmentEndReasonSchema, endDate: dateSchema });

/** Ending a Head's or deputy's appointment frees the post in the same transaction. */
export const endAppointment = commandRoute(
  {
    body: endAppointmentBody,
    params: appointmentParams,
    summary: 'End an appointment (resigned, terminated, expired); frees the Head’s or deputy’s post',
  },
  200,
  ({ body, params, identity, now }) => {
    const { processId, appointmentId } = params;
    return multiStream({
      subject: [appointmentStream(processId, appointmentId), appointment] as const,
      streams: (held) => {
        const postId = postOf(held);
        return { post: postId === undefined ? undefined : ([postStream(processId, postId), post] as const) };
      },
      decide: ({ subject, post: occupied }) => {
        const command = {
          type: 'EndAppointment' as const,
          appointmentId,
          ...body,
          by: identity.subject,
          at: now,
        };
        const events = decideEnd(command, subject, occupied ?? post.initialState);
        return { subject: events.appointment, post: events.post };
      },
      result: ({ subject }) => ({ appointmentId, status: 'ended', version: subject }),
    });
  },
);
