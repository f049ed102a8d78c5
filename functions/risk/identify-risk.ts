import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { processParams, processStream } from '../../domain/process/stream';
import { riskStream } from '../../domain/risk/stream';
import { identifyRisk as decideIdentify } from '../../domain/risk/workflows';
import { riskCategorySchema } from '../../events/catalog/risk';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

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
    return multiStream({
      subject: riskStream(params.processId, riskId),
      streams: { process: processStream(params.processId) },
      decide: ({ subject, process }) => {
        const command = { type: 'IdentifyRisk' as const, riskId, ...body, by: identity.subject, at: now };
        return { subject: decideIdentify(command, process, subject) };
      },
      result: ({ subject }) => ({ riskId, version: subject }),
    });
  },
);
