import { z } from 'zod';
import { textSchema } from '../../events/schemas';
import { riskCommand, riskParams, riskStream } from './subjects';

export const closeRiskBody = z.strictObject({ reason: textSchema(500) });

export const closeRisk = riskCommand(
  { body: closeRiskBody, params: riskParams },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId),
    command: { type: 'CloseRisk', ...body, by: identity.subject, at: now },
    result: () => ({ riskId: params.riskId, status: 'closed' }),
  }),
);
