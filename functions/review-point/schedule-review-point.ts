import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { processParams, processStream } from '../../domain/process/stream';
import { reviewPointStream } from '../../domain/review-point/stream';
import { scheduleReviewPoint as decideSchedule } from '../../domain/review-point/workflows';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const scheduleReviewPointBody = z.strictObject({ date: dateSchema, title: textSchema(200) });

export const scheduleReviewPoint = commandRoute(
  { body: scheduleReviewPointBody, params: processParams },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const reviewPointId = randomUUID();
    return multiStream({
      subject: reviewPointStream(params.processId, reviewPointId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => {
        const command = {
          type: 'ScheduleReviewPoint' as const,
          reviewPointId,
          ...body,
          by: identity.subject,
          at: now,
        };
        return { subject: decideSchedule(command, process, subject) };
      },
      result: ({ subject }) => ({ reviewPointId, version: subject }),
    });
  },
);
