import { z } from 'zod';
import { postOf } from '../../domain/appointment/appointment';
import { appointmentParams, appointmentStream } from '../../domain/appointment/stream';
import { endAppointment as decideEnd } from '../../domain/appointment/workflows';
import { post } from '../../domain/post/decide';
import { postStream } from '../../domain/post/stream';
import { appointmentEndReasonSchema } from '../../events/catalog/appointment';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const endAppointmentBody = z.strictObject({ reason: appointmentEndReasonSchema, endDate: dateSchema });

/** Ending a Head's or deputy's appointment frees the post in the same transaction. */
export const endAppointment = commandRoute(
  {
    body: endAppointmentBody,
    params: appointmentParams,
  },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, appointmentId } = params;
      const held = await load(...appointmentStream(processId, appointmentId));
      const postId = postOf(held.state);
      const occupied = postId === undefined ? undefined : await load(...postStream(processId, postId));
      const events = decideEnd(
        { type: 'EndAppointment', appointmentId, ...body, by: identity.subject, at: now },
        held.state,
        occupied?.state ?? post.initialState,
      );
      return {
        changes: [
          { stream: held, events: events.appointment },
          ...(occupied ? [{ stream: occupied, events: events.post }] : []),
        ],
        result: { appointmentId, status: 'ended', version: held.version + events.appointment.length },
      };
    },
);
