import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { risk } from '../../domain/risk/decide';
import { riskParams, riskStream } from '../../domain/risk/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { aggregateCommand } from '../commons/aggregate-command';

export const planMitigationBody = z.strictObject({
  action: textSchema(500),
  owner: textSchema(200),
  dueDate: dateSchema,
});

export const planMitigation = aggregateCommand(risk)(
  { body: planMitigationBody, params: riskParams },
  201,
  ({ body, params, identity, now }) => {
    const mitigationId = randomUUID();
    return {
      streamId: riskStream(params.processId, params.riskId)[0],
      command: { type: 'PlanMitigation', mitigationId, ...body, by: identity.subject, at: now },
      result: () => ({ riskId: params.riskId, mitigationId }),
    };
  },
);
