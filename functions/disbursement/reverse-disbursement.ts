import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { reverseAndCredit } from '../../domain/disbursement/workflows';
import { processStream } from '../../domain/process/stream';
import { dateSchema, textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';

export const reverseDisbursementBody = z.strictObject({
  reason: textSchema(500),
  /** The day the money came back (a refund, a bounced transfer): the month the reversal counts in. */
  reversedOn: dateSchema,
});

/** The correction of a paid disbursement: it stays on record, and the reversal credits line and source. */
export const reverseDisbursement = commandRoute(
  { body: reverseDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, disbursementId } = params;
    return multiStream({
      subject: disbursementStream(processId, disbursementId),
      streams: (paid) => {
        const { lineId, fundingSourceId } = chargedTo(paid);
        return {
          line: budgetLineStream(processId, lineId),
          source: contributionStream(processId, fundingSourceId),
          process: processStream(processId),
        };
      },
      decide: ({ subject, line, source, process }) => {
        const { reason, reversedOn } = body;
        const command = {
          type: 'ReverseDisbursement' as const,
          disbursementId,
          reason,
          reversedOn,
          by: identity.subject,
          at: now,
        };
        const events = reverseAndCredit(command, subject, line, source, process);
        return { subject: events.disbursement, line: events.line, source: events.source };
      },
      result: ({ subject }) => ({ disbursementId, status: 'reversed', version: subject }),
    });
  },
);
