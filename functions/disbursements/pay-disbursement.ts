import { z } from 'zod';
import { disbursement } from '../../domain/disbursement/decide';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';
import { streams } from '../commons/streams';

export const payDisbursementBody = z.strictObject({ paymentReference: textSchema(100), paidOn: dateSchema });

export const payDisbursement = commandRoute(
  { body: payDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, disbursementId } = params;
      const approved = await load(...streams.disbursement(processId, disbursementId));
      const events = disbursement.decide(
        { type: 'PayDisbursement', disbursementId, ...body, by: identity.subject, at: now },
        approved.state,
      );
      return {
        changes: [{ stream: approved, events }],
        result: { disbursementId, status: 'paid', version: approved.version + events.length },
      };
    },
);
