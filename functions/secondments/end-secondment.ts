import { z } from 'zod';
import { secondment } from '../../domain/secondment/decide';
import { secondmentParams, secondmentStream } from '../../domain/secondment/stream';
import { secondmentEndReasonSchema } from '../../events/catalog/secondment';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const endSecondmentBody = z.strictObject({ reason: secondmentEndReasonSchema, endDate: dateSchema });

export const endSecondment = commandRoute(
  {
    body: endSecondmentBody,
    params: secondmentParams,
  },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, secondmentId } = params;
      const lent = await load(...secondmentStream(processId, secondmentId));
      const events = secondment.decide(
        { type: 'EndSecondmentEarly', secondmentId, ...body, by: identity.subject, at: now },
        lent.state,
      );
      return {
        changes: [{ stream: lent, events }],
        result: { secondmentId, status: 'ended', version: lent.version + events.length },
      };
    },
);
