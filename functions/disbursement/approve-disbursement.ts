import * as z from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { commitmentStream } from '../../domain/commitment/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { chargedTo, recorded } from '../../domain/disbursement/disbursement';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { approveAndCharge } from '../../domain/disbursement/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

/** Who approves is the token's subject, never a field of the body; an override needs a reason. */
export const approveDisbursementBody = z.strictObject({
  override: z.strictObject({ reason: textSchema(500) }).optional(),
  /** The day it was approved; the day of recording in the process's time zone when absent. */
  approvedOn: dateSchema.optional(),
});

/**
 * Approval appends to the disbursement, its line and its source in one transaction: none can be
 * overspent. A disbursement paying a commitment consumes it in the same transaction.
 */
export const approveDisbursement = commandRoute(
  { body: approveDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, disbursementId } = params;
    return multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: (pending) => {
        const { lineId, fundingSourceId } = chargedTo(pending);
        const { commitmentId } = recorded(pending);
        return {
          line: budgetLineStream(processId, lineId),
          source: contributionStream(processId, fundingSourceId),
          commitment: commitmentId === null ? undefined : commitmentStream(processId, commitmentId),
          // Read, not appended to: its time zone and mandate bound the approval's value date.
          process: processStream(processId),
        };
      },
      decide: ({ subject, line, source, commitment, process }) => {
        const command = {
          type: 'ApproveDisbursement' as const,
          disbursementId,
          ...body,
          by: identity.subject,
          at: now,
        };
        // The line, source and commitment events go to the streams of the same names.
        const { disbursement, ...others } = approveAndCharge(
          command,
          subject,
          line,
          source,
          process,
          commitment,
        );
        return { subject: disbursement, ...others };
      },
      result: ({ subject }) => ({ disbursementId, status: 'approved', version: subject }),
    });
  },
);
