import { z } from 'zod';
import { secondment } from '../../domain/secondment/decide';
import { dateSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { secondmentParams, secondmentStream } from './streams';

export const extendSecondmentBody = z.strictObject({ newEndDate: dateSchema });

export const extendSecondment = commandRoute(
  {
    body: extendSecondmentBody,
    params: secondmentParams,
    summary: 'Extend a secondment to a later end date',
  },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, secondmentId } = params;
      const lent = await load(secondmentStream(processId, secondmentId), secondment);
      const events = secondment.decide(
        { type: 'ExtendSecondment', secondmentId, ...body, by: identity.subject, at: now },
        lent.state,
      );
      return {
        changes: [{ stream: lent, events }],
        result: { secondmentId, status: 'active', version: lent.version + events.length },
      };
    },
);
