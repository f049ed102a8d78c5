import * as z from 'zod';
import { reviewPoint } from '../../domain/review-point/decide';
import { reviewPointParams, reviewPointStream } from '../../domain/review-point/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const holdReviewPointBody = z.strictObject({
  heldOn: dateSchema,
  decisions: z.array(textSchema(1000)).min(1, 'at least one decision').max(50),
  attendees: z.array(textSchema(200)).max(200).optional(),
});

export const holdReviewPoint = aggregateCommand(reviewPoint)(
  {
    body: holdReviewPointBody,
    params: reviewPointParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: reviewPointStream(params.processId, params.reviewPointId)[0],
    command: { type: 'HoldReviewPoint', ...body, by: identity.subject, at: now },
    result: () => ({ reviewPointId: params.reviewPointId, status: 'held' }),
  }),
);
