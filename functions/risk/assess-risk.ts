import * as z from 'zod';
import { processStream } from '../../domain/process/stream';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { assessRisk as decideAssessment } from '../../domain/risk/workflows';
import { assessmentKindSchema, riskScaleSchema, treatmentSchema } from '../../events/catalog/risk';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const assessRiskBody = z.strictObject({
  kind: assessmentKindSchema,
  likelihood: riskScaleSchema,
  impact: riskScaleSchema,
  treatment: treatmentSchema.optional(),
  /** The day it was assessed; the day of recording in the process's time zone when absent. */
  assessedOn: dateSchema.optional(),
});

/** Answers with the score and rating the domain computed, so the client need not apply the rule itself. */
export const assessRisk = commandRoute(
  { body: assessRiskBody, params: riskParams },
  200,
  ({ body, params, identity, now }) =>
    multiStream({
      subject: riskStream(params.processId, params.riskId),
      // Read, not appended to: its time zone and mandate bound the assessment's value date.
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => ({
        subject: decideAssessment(
          { type: 'AssessRisk', ...body, by: identity.subject, at: now },
          subject,
          process,
        ),
      }),
      result: ({ subject }, decided) => {
        const assessed = (decided.subject ?? []).find((event) => event.type === 'RiskAssessed');
        const rated = assessed?.type === 'RiskAssessed' ? assessed.data : undefined;
        return { riskId: params.riskId, score: rated?.score, rating: rated?.rating, version: subject };
      },
    }),
);
