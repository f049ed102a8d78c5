import { z } from 'zod';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { reverseDisbursement as decideReversal } from '../../domain/disbursement/workflows';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { multiStream } from '../commons/multi-stream-command';
import { disbursementParams } from '../commons/params';
import { streams } from '../commons/streams';

export const reverseDisbursementBody = z.strictObject({ reason: textSchema(500) });

/** The correction of a paid disbursement: it stays on record, and the reversal credits line and source. */
export const reverseDisbursement = commandRoute(
  { body: reverseDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) => {
    const { processId, disbursementId } = params;
    return multiStream({
      subject: streams.disbursement(processId, disbursementId),
      streams: (paid) => {
        const { lineId, fundingSourceId } = chargedTo(paid);
        return {
          line: streams.budgetLine(processId, lineId),
          source: streams.contribution(processId, fundingSourceId),
        };
      },
      decide: ({ subject, line, source }) => {
        const { reason } = body;
        const command = {
          type: 'ReverseDisbursement' as const,
          disbursementId,
          reason,
          by: identity.subject,
          at: now,
        };
        const events = decideReversal(command, subject, line, source);
        return { subject: events.disbursement, line: events.line, source: events.source };
      },
      result: ({ subject }) => ({ disbursementId, status: 'reversed', version: subject }),
    });
  },
);
