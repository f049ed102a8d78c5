import * as z from 'zod';
import { risk } from '../../domain/risk/decide';
import { mitigationParams, riskStream } from '../../domain/risk/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const completeMitigationBody = z.strictObject({ note: textSchema(500).optional() });

export const completeMitigation = aggregateCommand(risk)(
  {
    body: completeMitigationBody,
    params: mitigationParams,
  },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId)[0],
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
