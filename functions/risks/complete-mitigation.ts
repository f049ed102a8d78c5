import { z } from 'zod';
import { textSchema } from '../../events/schemas';
import { mitigationParams, riskCommand, riskStream } from './subjects';

export const completeMitigationBody = z.strictObject({ note: textSchema(500).optional() });

export const completeMitigation = riskCommand(
  {
    body: completeMitigationBody,
    params: mitigationParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId),
    command: {
      type: 'CompleteMitigation',
      mitigationId: params.mitigationId,
      ...body,
      by: identity.subject,
      at: now,
    },
    result: () => ({ riskId: params.riskId, mitigationId: params.mitigationId, status: 'completed' }),
  }),
);
