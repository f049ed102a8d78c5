import * as z from 'zod';
import { risk } from '../../domain/risk/decide';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const closeRiskBody = z.strictObject({ reason: textSchema(500) });

export const closeRisk = aggregateCommand(risk)(
  { body: closeRiskBody, params: riskParams },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId)[0],
    command: { type: 'CloseRisk', ...body, by: identity.subject, at: now },
    result: () => ({ riskId: params.riskId, status: 'closed' }),
  }),
);
