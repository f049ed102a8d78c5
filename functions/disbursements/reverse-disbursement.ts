import { z } from 'zod';
import { budgetLineStream } from '../../domain/budget-line/stream';
import { contributionStream } from '../../domain/contribution/stream';
import { chargedTo } from '../../domain/disbursement/disbursement';
import { disbursementParams, disbursementStream } from '../../domain/disbursement/stream';
import { reverseAndCredit } from '../../domain/disbursement/workflows';
import { textSchema } from '../../events/schemas';
import { commandRoute } from '../commons/http';

export const reverseDisbursementBody = z.strictObject({ reason: textSchema(500) });

/** The correction of a paid disbursement: it stays on record, and the reversal credits line and source. */
export const reverseDisbursement = commandRoute(
  { body: reverseDisbursementBody, params: disbursementParams },
  200,
  ({ body, params, identity, now }) =>
    async (load) => {
      const { processId, disbursementId } = params;
      const paid = await load(...disbursementStream(processId, disbursementId));
      const { lineId, fundingSourceId } = chargedTo(paid.state);
      const line = await load(...budgetLineStream(processId, lineId));
      const source = await load(...contributionStream(processId, fundingSourceId));
      const events = reverseAndCredit(
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
