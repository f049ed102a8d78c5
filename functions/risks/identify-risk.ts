import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { riskCategorySchema } from '../../events/catalog/risks';
import { textSchema } from '../../events/schemas';
import { processParams } from '../commons/params';
import { riskCommand, riskStream } from './subjects';

export const identifyRiskBody = z.strictObject({
  category: riskCategorySchema,
  title: textSchema(200),
  cause: textSchema(1000),
  consequence: textSchema(1000),
  owner: textSchema(200),
});

export const identifyRisk = riskCommand(
  {
    body: identifyRiskBody,
    params: processParams,
    summary: 'Register a risk: category, cause, consequence and owner',
  },
  201,
  ({ body, params, identity, now }) => {
    const riskId = randomUUID();
    return {
      streamId: riskStream(params.processId, riskId),
      command: { type: 'IdentifyRisk', riskId, ...body, by: identity.subject, at: now },
      result: () => ({ riskId }),
    };
  },
);
