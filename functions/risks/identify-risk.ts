import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { processParams, processStream } from '../../domain/process/stream';
import { riskStream } from '../../domain/risk/stream';
import { identifyRisk as decideIdentify } from '../../domain/risk/workflows';
import { riskCategorySchema } from '../../events/catalog/risk';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const identifyRiskBody = z.strictObject({
  category: riskCategorySchema,
  title: textSchema(200),
  cause: textSchema(1000),
  consequence: textSchema(1000),
  owner: textSchema(200),
});

export const identifyRisk = commandRoute(
  {
    body: identifyRiskBody,
    params: processParams,
  },
  201,
  ({ body, params, identity, now }) => {
    // Chosen once per request, so every retry of a conflicting append targets the same new stream.
    const riskId = randomUUID();
    return async (load) => {
      const identified = await load(...riskStream(params.processId, riskId));
      const opened = await load(...processStream(params.processId));
      const events = decideIdentify(
        { type: 'IdentifyRisk', riskId, ...body, by: identity.subject, at: now },
        opened.state,
        identified.state,
      );
      return {
        changes: [{ stream: identified, events }],
        result: { riskId, version: identified.version + events.length },
      };
    };
  },
);
