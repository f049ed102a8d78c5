import { z } from 'zod';
import { dateSchema, textSchema } from '../../events/schemas';
import { reviewPointCommand, reviewPointParams, reviewPointStream } from './subjects';

export const holdReviewPointBody = z.strictObject({
  heldOn: dateSchema,
  decisions: z.array(textSchema(1000)).min(1, 'at least one decision').max(50),
  attendees: z.array(textSchema(200)).max(200).optional(),
});

export const holdReviewPoint = reviewPointCommand(
  {
    body: holdReviewPointBody,
    params: reviewPointParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: reviewPointStream(params.processId, params.reviewPointId),
    command: { type: 'HoldReviewPoint', ...body, by: identity.subject, at: now },
    result: () => ({ reviewPointId: params.reviewPointId, status: 'held' }),
  }),
);
