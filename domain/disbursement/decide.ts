import type { DisbursementEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { DisbursementCommand } from './commands';
import { type Disbursement, evolve, initialState, type RecordedDisbursement, recorded } from './disbursement';

/**
 * The disbursement's own rules. The budget line's and funding source's are applied beside them in
 * ./workflows.ts, where the budget amount is converted at the request's rate.
 */
export function decide(command: DisbursementCommand, disbursement: Disbursement): DisbursementEvent[] {
  const { by, at } = command;
  switch (command.type) {
    case 'RequestDisbursement': {
      if (disbursement.status !== 'none')
        return refuse('disbursement-already-requested', { disbursementId: command.disbursementId });
      const { type: _, by: __, at: ___, ...data } = command;
      return [{ type: 'DisbursementRequested', data: { ...data, requestedBy: by, requestedAt: at } }];
    }
    case 'ApproveDisbursement': {
      const pending = inStatus(disbursement, 'requested');
      // Segregation of duties: maker ≠ checker on every money movement, overrides included.
      if (pending.requestedBy === by)
        return refuse('maker-cannot-approve', { disbursementId: pending.disbursementId });
      const { disbursementId, lineId, fundingSourceId, amount, budgetAmount } = pending;
      const override = command.override ? { reason: command.override.reason, by } : null;
      const data = {
        disbursementId,
        lineId,
        fundingSourceId,
        amount,
        budgetAmount,
        override,
        approvedBy: by,
        approvedAt: at,
      };
      return [{ type: 'DisbursementApproved', data }];
    }
    case 'RejectDisbursement': {
      const pending = inStatus(disbursement, 'requested');
      const data = {
        ...restatedCharge(pending),
        reason: command.reason,
        rejectedBy: by,
        rejectedAt: at,
      };
      return [{ type: 'DisbursementRejected', data }];
    }
    case 'WithdrawDisbursement': {
      const pending = inStatus(disbursement, 'requested');
      const data = {
        ...restatedCharge(pending),
        reason: command.reason,
        withdrawnBy: by,
        withdrawnAt: at,
      };
      return [{ type: 'DisbursementWithdrawn', data }];
    }
    case 'PayDisbursement': {
      const approved = inStatus(disbursement, 'approved');
      const { paymentReference, paidOn } = command;
      const data = {
        ...restatedCharge(approved),
        paymentReference,
        paidOn,
        paidBy: by,
        paidAt: at,
      };
      return [{ type: 'DisbursementPaid', data }];
    }
    case 'ReverseDisbursement': {
      const paid = inStatus(disbursement, 'paid');
      if (paid.requestedBy === by)
        return refuse('maker-cannot-reverse', { disbursementId: paid.disbursementId });
      const data = {
        ...restatedCharge(paid),
        reason: command.reason,
        reversedBy: by,
        reversedAt: at,
      };
      return [{ type: 'DisbursementReversed', data }];
    }
    default:
      return assertNever(command);
  }
}

/** What every step after the request restates, so views keyed by line or contribution need no lookup. */
const restatedCharge = ({ disbursementId, lineId, fundingSourceId, budgetAmount }: RecordedDisbursement) => ({
  disbursementId,
  lineId,
  fundingSourceId,
  budgetAmount,
});

function inStatus(disbursement: Disbursement, status: RecordedDisbursement['status']): RecordedDisbursement {
  const found = recorded(disbursement);
  if (found.status !== status)
    return refuse(
      status === 'paid'
        ? 'disbursement-not-paid'
        : status === 'approved'
          ? 'disbursement-not-approved'
          : 'disbursement-not-pending',
      {
        disbursementId: found.disbursementId,
        status: found.status,
      },
    );
  return found;
}

export const disbursement: Decider<DisbursementCommand, DisbursementEvent, Disbursement> = {
  // 2: the state gained the funding source and the budget amount.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
