import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import type { AppointDeputy, AppointSecretariatHead } from '../../domain/appointment/decide';
import { appointmentStream } from '../../domain/appointment/stream';
import { appointToPost, postToFill } from '../../domain/appointment/workflows';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import type { Actor } from '../../domain/decider';
import { postStream } from '../../domain/post/stream';
import { processParams, processStream } from '../../domain/process/stream';
import { appointmentTermsSchema, headTermsSchema } from '../../events/catalog/appointment';
import { moneySchema, unitSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** The terms as the event stores them, their cost in an ISO 4217 currency. */
const terms = { ...appointmentTermsSchema.shape, monthlyCost: moneySchema };

export const appointSecretariatHeadBody = z.strictObject({ ...terms, ...headTermsSchema.shape });
export const appointDeputyBody = z.strictObject({ ...terms, unit: unitSchema });

type Recorded = Actor & { readonly appointmentId: string };

/**
 * The Head and the deputies hold their posts one person at a time: the appointment and the post's
 * occupancy are appended in one transaction, so of two concurrent appointments to a post one is refused.
 */
function appointToPostRoute<B extends z.ZodType>(
  body: B,
  commandOf: (body: z.infer<B>, recorded: Recorded) => AppointSecretariatHead | AppointDeputy,
) {
  return commandRoute({ body, params: processParams }, 201, ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const appointmentId = randomUUID();
    const command = commandOf(body, { appointmentId, by: identity.subject, at: now });
    const postId = postToFill(command);
    return multiStream({
      subject: appointmentStream(params.processId, appointmentId),
      streams: {
        post: postStream(params.processId, postId),
        process: processStream(params.processId),
        // Read for their donor, restrictions and unit, never appended to.
        source: contributionStream(params.processId, command.fundingSourceId),
        line: command.lineId === undefined ? undefined : budgetLineStream(params.processId, command.lineId),
      },
      decide: ({ subject, post, process, source, line }) => {
        const events = appointToPost(command, process, subject, post, source, line);
        return { subject: events.appointment, post: events.post };
      },
      result: ({ subject }) => ({ appointmentId, postId, status: 'active', version: subject }),
    });
  });
}

export const appointSecretariatHead = appointToPostRoute(appointSecretariatHeadBody, (body, recorded) => ({
  type: 'AppointSecretariatHead',
  ...body,
  ...recorded,
}));

export const appointDeputy = appointToPostRoute(appointDeputyBody, (body, recorded) => ({
  type: 'AppointDeputy',
  ...body,
  ...recorded,
}));
