import { z } from 'zod';
import { risk } from '../../domain/risk/decide';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { assessmentKindSchema, riskScaleSchema, treatmentSchema } from '../../events/catalog/risk';
import { aggregateCommand } from '../commons/aggregate-command';

export const assessRiskBody = z.strictObject({
  kind: assessmentKindSchema,
  likelihood: riskScaleSchema,
  impact: riskScaleSchema,
  treatment: treatmentSchema.optional(),
});

/** Answers with the score and rating the domain computed, so the client need not apply the rule itself. */
export const assessRisk = aggregateCommand(risk)(
  {
    body: assessRiskBody,
    params: riskParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId)[0],
    command: { type: 'AssessRisk', ...body, by: identity.subject, at: now },
    result: (events) => {
      const assessed = events.find((event) => event.type === 'RiskAssessed');
      return { riskId: params.riskId, score: assessed?.data.score, rating: assessed?.data.rating };
    },
  }),
);
