import * as z from 'zod';
import { processStream } from '../../domain/process/stream';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { reviewRisk as decideReview } from '../../domain/risk/workflows';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const reviewRiskBody = z.strictObject({
  reviewedOn: dateSchema,
  nextReviewOn: dateSchema,
  note: textSchema(1000).optional(),
});

export const reviewRisk = commandRoute(
  { body: reviewRiskBody, params: riskParams },
  200,
  ({ body, params, identity, now }) =>
    multiStream({
      subject: riskStream(params.processId, params.riskId),
      // Read, not appended to: its time zone and mandate bound the review's date.
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => ({
        subject: decideReview(
          { type: 'ReviewRisk', ...body, by: identity.subject, at: now },
          subject,
          process,
        ),
      }),
      result: ({ subject }) => ({ riskId: params.riskId, nextReviewOn: body.nextReviewOn, version: subject }),
    }),
);
