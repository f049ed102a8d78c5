import { z } from 'zod';
import { budgetLine } from '../../domain/budget-line/decide';
import { disbursement } from '../../domain/disbursement/decide';
import { lineOf } from '../../domain/disbursement/disbursement';
import { approveDisbursement as decideApproval } from '../../domain/disbursement/workflows';
import { streamIdOf } from '../../events/envelope';
import { commandRoute } from '../commons/http';
import { disbursementParams } from '../commons/params';

/** Nothing to say but the approval: who approves is the token's subject, never a field of the body. */
export const approveDisbursementBody = z.strictObject({});

/** Approval appends to the disbursement and its budget line in one transaction: the line cannot be overspent. */
export const approveDisbursement = commandRoute(
  { body: approveDisbursementBody, params: disbursementParams },
  200,
  ({ params, identity, now }) =>
    async (load) => {
      const pending = await load(
        streamIdOf(params.processId, 'disbursement', params.disbursementId),
        disbursement,
      );
      const line = await load(streamIdOf(params.processId, 'budget-line', lineOf(pending.state)), budgetLine);
      const events = decideApproval(
        { type: 'ApproveDisbursement', disbursementId: params.disbursementId, by: identity.subject, at: now },
        pending.state,
        line.state,
      );
      return {
        changes: [
          { stream: pending, events: events.disbursement },
          { stream: line, events: events.line },
        ],
        result: {
          disbursementId: params.disbursementId,
          status: 'approved',
          version: pending.version + events.disbursement.length,
        },
      };
    },
);
