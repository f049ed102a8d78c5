import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { approveAndCharge } from '../../domain/disbursement/workflows';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** Who approves is the token's subject, never a field of the body; an override needs a reason. */
export const approveDisbursementBody = z.strictObject({
  override: z.strictObject({ reason: textSchema(500) }).optional(),
});

/** Approval appends to the disbursement, its line and its source in one transaction: none can be overspent. */
export const approveDisbursement = commandRoute(
  { body: approveDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, disbursementId } = params;
    return multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: (pending) => {
        const { lineId, fundingSourceId } = chargedTo(pending);
        return {
          line: budgetLineStream(processId, lineId),
          source: contributionStream(processId, fundingSourceId),
        };
      },
      decide: ({ subject, line, source }) => {
        const command = {
          type: 'ApproveDisbursement' as const,
          disbursementId,
          ...body,
          by: identity.subject,
          at: now,
        };
        const events = approveAndCharge(command, subject, line, source);
        return { subject: events.disbursement, line: events.line, source: events.source };
      },
      result: ({ subject }) => ({ disbursementId, status: 'approved', version: subject }),
    });
  },
);
