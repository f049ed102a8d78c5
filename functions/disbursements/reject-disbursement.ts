import { z } from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';
import { streams } from '../commons/streams';

export const rejectDisbursementBody = z.strictObject({ reason: textSchema(500) });

export const rejectDisbursement = commandRoute(
  { body: rejectDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, disbursementId } = params;
      const pending = await load(...streams.disbursement(processId, disbursementId));
      const events = disbursement.decide(
        { type: 'RejectDisbursement', disbursementId, reason: body.reason, by: identity.subject, at: now },
        pending.state,
      );
      return {
        changes: [{ stream: pending, events }],
        result: { disbursementId, status: 'rejected', version: pending.version + events.length },
      };
    },
);
