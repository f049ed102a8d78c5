import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { dateSchema, textSchema } from '../../events/schemas';
import { processParams } from '../commons/params';
import { reviewPointCommand, reviewPointStream } from './subjects';

export const scheduleReviewPointBody = z.strictObject({ date: dateSchema, title: textSchema(200) });

export const scheduleReviewPoint = reviewPointCommand(
  { body: scheduleReviewPointBody, params: processParams, summary: 'Schedule a review point of the plan' },
  201,
  ({ body, params, identity, now }) => {
    const reviewPointId = randomUUID();
    return {
      streamId: reviewPointStream(params.processId, reviewPointId),
      command: { type: 'ScheduleReviewPoint', reviewPointId, ...body, by: identity.subject, at: now },
      result: () => ({ reviewPointId }),
    };
  },
);
