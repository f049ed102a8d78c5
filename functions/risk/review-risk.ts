import { z } from 'zod';
import { risk } from '../../domain/risk/decide';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const reviewRiskBody = z.strictObject({
  reviewedOn: dateSchema,
  nextReviewOn: dateSchema,
  note: textSchema(1000).optional(),
});

export const reviewRisk = aggregateCommand(risk)(
  {
    body: reviewRiskBody,
    params: riskParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId)[0],
    command: { type: 'ReviewRisk', ...body, by: identity.subject, at: now },
    result: () => ({ riskId: params.riskId, nextReviewOn: body.nextReviewOn }),
  }),
);
