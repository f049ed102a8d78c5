import { z } from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { streamIdOf } from '../../events/envelope';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';

export const rejectDisbursementBody = z.strictObject({ reason: textSchema(500) });

export const rejectDisbursement = commandRoute(
  { body: rejectDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const pending = await load(
        streamIdOf(params.processId, 'disbursement', params.disbursementId),
        disbursement,
      );
      const events = disbursement.decide(
        {
          type: 'RejectDisbursement',
          disbursementId: params.disbursementId,
          reason: body.reason,
          by: identity.subject,
          at: now,
        },
        pending.state,
      );
      return {
        changes: [{ stream: pending, events }],
        result: {
          disbursementId: params.disbursementId,
          status: 'rejected',
          version: pending.version + events.length,
        },
      };
    },
);
