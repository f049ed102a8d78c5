import type { DisbursementEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { DisbursementCommand } from './commands';
import { type Disbursement, evolve, initialState } from './disbursement';

/** The disbursement's own rules; the budget line's are applied beside them in ./workflows.ts. */
export function decide(command: DisbursementCommand, disbursement: Disbursement): DisbursementEvent[] {
  switch (command.type) {
    case 'RequestDisbursement': {
      if (disbursement.status !== 'none')
        return refuse('disbursement-already-requested', { disbursementId: command.disbursementId });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'DisbursementRequested', data: { ...data, requestedBy: by, requestedAt: at } }];
    }
    case 'ApproveDisbursement': {
      const pending = pendingOf(disbursement);
      // Segregation of duties: maker ≠ checker on every money movement.
      if (pending.requestedBy === command.by)
        return refuse('maker-cannot-approve', { disbursementId: pending.disbursementId });
      const { disbursementId, lineId, amount } = pending;
      return [
        {
          type: 'DisbursementApproved',
          data: { disbursementId, lineId, amount, approvedBy: command.by, approvedAt: command.at },
        },
      ];
    }
    case 'RejectDisbursement': {
      const pending = pendingOf(disbursement);
      return [
        {
          type: 'DisbursementRejected',
          data: {
            disbursementId: pending.disbursementId,
            reason: command.reason,
            rejectedBy: command.by,
            rejectedAt: command.at,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function pendingOf(disbursement: Disbursement): Exclude<Disbursement, { status: 'none' }> {
  if (disbursement.status === 'none') return refuse('disbursement-not-found');
  if (disbursement.status !== 'requested')
    return refuse('disbursement-not-pending', {
      disbursementId: disbursement.disbursementId,
      status: disbursement.status,
    });
  return disbursement;
}

export const disbursement: Decider<DisbursementCommand, DisbursementEvent, Disbursement> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
