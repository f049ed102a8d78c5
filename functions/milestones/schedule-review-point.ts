import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { reviewPoint } from '../../domain/review-point/decide';
import { scheduleReviewPoint as decideSchedule } from '../../domain/review-point/workflows';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { processParams } from '../commons/params';
import { streams } from '../commons/streams';
import { reviewPointStream } from './subjects';

export const scheduleReviewPointBody = z.strictObject({ date: dateSchema, title: textSchema(200) });

export const scheduleReviewPoint = commandRoute(
  { body: scheduleReviewPointBody, params: processParams, summary: 'Schedule a review point of the plan' },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const reviewPointId = randomUUID();
    return multiStream({
      subject: [reviewPointStream(params.processId, reviewPointId), reviewPoint] as const,
      streams: { process: streams.process(params.processId) },
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
