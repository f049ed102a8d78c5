import * as z from 'zod';
import { risk } from '../../domain/risk/decide';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const escalateRiskBody = z.strictObject({ to: textSchema(200), reason: textSchema(500) });

export const escalateRisk = aggregateCommand(risk)(
  { body: escalateRiskBody, params: riskParams },
  200,
  ({ body, params, identity, now }) => ({
    streamId: riskStream(params.processId, params.riskId)[0],
    command: { type: 'EscalateRisk', ...body, by: identity.subject, at: now },
    result: () => ({ riskId: params.riskId, escalatedTo: body.to }),
  }),
);
