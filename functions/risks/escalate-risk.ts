import { z } from 'zod';
import { textSchema } from '../../events/schemas';
import { riskCommand, riskParams, riskStream } from './subjects';

export const escalateRiskBody = z.strictObject({ to: textSchema(200), reason: textSchema(500) });

export const escalateRisk = riskCommand(
  { body: escalateRiskBody, params: riskParams },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId),
    command: { type: 'EscalateRisk', ...body, by: identity.subject, at: now },
    result: () => ({ riskId: params.riskId, escalatedTo: body.to }),
  }),
);
