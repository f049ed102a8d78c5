import { z } from 'zod';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { reverseDisbursement as decideReversal } from '../../domain/disbursement/workflows';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';
import { streams } from '../commons/streams';

export const reverseDisbursementBody = z.strictObject({ reason: textSchema(500) });

/** The correction of a paid disbursement: it stays on record, and the reversal credits line and source. */
export const reverseDisbursement = commandRoute(
  { body: reverseDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, disbursementId } = params;
      const paid = await load(...streams.disbursement(processId, disbursementId));
      const { lineId, fundingSourceId } = chargedTo(paid.state);
      const line = await load(...streams.budgetLine(processId, lineId));
      const source = await load(...streams.contribution(processId, fundingSourceId));
      const events = decideReversal(
        { type: 'ReverseDisbursement', disbursementId, reason: body.reason, by: identity.subject, at: now },
        paid.state,
        line.state,
        source.state,
      );
      return {
        changes: [
          { stream: paid, events: events.disbursement },
          { stream: line, events: events.line },
          { stream: source, events: events.source },
        ],
        result: { disbursementId, status: 'reversed', version: paid.version + events.disbursement.length },
      };
    },
);
