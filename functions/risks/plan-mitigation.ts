import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { dateSchema, textSchema } from '../../events/schemas';
import { riskCommand, riskParams, riskStream } from './subjects';

export const planMitigationBody = z.strictObject({
  action: textSchema(500),
  owner: textSchema(200),
  dueDate: dateSchema,
});

export const planMitigation = riskCommand(
  { body: planMitigationBody, params: riskParams },
  201,
  ({ body, params, identity, now }) => {
    const mitigationId = randomUUID();
    return {
      streamId: riskStream(params.processId, params.riskId),
      command: { type: 'PlanMitigation', mitigationId, ...body, by: identity.subject, at: now },
      result: () => ({ riskId: params.riskId, mitigationId }),
    };
  },
);
