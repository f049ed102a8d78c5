import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { approveAndCharge } from '../../domain/disbursement/workflows';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

/** Who approves is the token's subject, never a field of the body; an override needs a reason. */
export const approveDisbursementBody = z.strictObject({
  override: z.strictObject({ reason: textSchema(500) }).optional(),
});

/** Approval appends to the disbursement, its line and its source in one transaction: none can be overspent. */
export const approveDisbursement = commandRoute(
  { body: approveDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, disbursementId } = params;
      const pending = await load(...disbursementStream(processId, disbursementId));
      const { lineId, fundingSourceId } = chargedTo(pending.state);
      const line = await load(...budgetLineStream(processId, lineId));
      const source = await load(...contributionStream(processId, fundingSourceId));
      const events = approveAndCharge(
        { type: 'ApproveDisbursement', disbursementId, ...body, by: identity.subject, at: now },
        pending.state,
        line.state,
        source.state,
      );
      return {
        changes: [
          { stream: pending, events: events.disbursement },
          { stream: line, events: events.line },
          { stream: source, events: events.source },
        ],
        result: { disbursementId, status: 'approved', version: pending.version + events.disbursement.length },
      };
    },
);
