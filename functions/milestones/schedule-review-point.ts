import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { processParams, processStream } from '../../domain/process/stream';
import { reviewPointStream } from '../../domain/review-point/stream';
import { scheduleReviewPoint as decideSchedule } from '../../domain/review-point/workflows';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const scheduleReviewPointBody = z.strictObject({ date: dateSchema, title: textSchema(200) });

export const scheduleReviewPoint = commandRoute(
  { body: scheduleReviewPointBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const reviewPointId = randomUUID();
    return async (load) => {
      const point = await load(...reviewPointStream(params.processId, reviewPointId));
      const opened = await load(...processStream(params.processId));
      const events = decideSchedule(
        { type: 'ScheduleReviewPoint', reviewPointId, ...body, by: identity.subject, at: now },
        opened.state,
        point.state,
      );
      return {
        changes: [{ stream: point, events }],
        result: { reviewPointId, version: point.version + events.length },
      };
    };
  },
);
