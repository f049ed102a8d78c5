import { z } from 'zod';
import { dateSchema, textSchema } from '../../events/schemas';
import { riskCommand, riskParams, riskStream } from './subjects';

export const reviewRiskBody = z.strictObject({
  reviewedOn: dateSchema,
  nextReviewOn: dateSchema,
  note: textSchema(1000).optional(),
});

export const reviewRisk = riskCommand(
  {
    body: reviewRiskBody,
    params: riskParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId),
    command: { type: 'ReviewRisk', ...body, by: identity.subject, at: now },
    result: () => ({ riskId: params.riskId, nextReviewOn: body.nextReviewOn }),
  }),
);
