import type { DisbursementEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type {
  ApproveDisbursement,
  DisbursementCommand,
  PayDisbursement,
  RejectDisbursement,
  RequestDisbursement,
  ReverseDisbursement,
  WithdrawDisbursement,
} from './commands';
import { type Disbursement, evolve, initialState, type RecordedDisbursement, recorded } from './disbursement';

type Input<C> = Omit<C, 'type'>;

/**
 * The disbursement's own rules, one function per command. The budget line's and funding source's are
 * applied beside them in ./workflows.ts, where the budget amount is converted at the request's rate.
 */
export function decide(command: DisbursementCommand, disbursement: Disbursement): DisbursementEvent[] {
  switch (command.type) {
    case 'RequestDisbursement':
      return request(command, disbursement);
    case 'ApproveDisbursement':
      return approve(command, disbursement);
    case 'RejectDisbursement':
      return reject(command, disbursement);
    case 'WithdrawDisbursement':
      return withdraw(command, disbursement);
    case 'PayDisbursement':
      return pay(command, disbursement);
    case 'ReverseDisbursement':
      return reverse(command, disbursement);
    default:
      return assertNever(command);
  }
}

export function request(
  command: Input<RequestDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  if (disbursement.status !== 'none')
    return refuse('disbursement-already-requested', { disbursementId: command.disbursementId });
  // Named field by field: from `decide` the command still carries its `type`, which is no event data.
  const { disbursementId, lineId, fundingSourceId, amount, rate, budgetAmount, payee, purpose } = command;
  const { supportingDocument, by, at } = command;
  const data = {
    disbursementId,
    lineId,
    fundingSourceId,
    amount,
    rate,
    budgetAmount,
    payee,
    purpose,
    supportingDocument,
    requestedBy: by,
    requestedAt: at,
  };
  return [{ type: 'DisbursementRequested', data }];
}

export function approve(
  command: Input<ApproveDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  const { by, at } = command;
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

export function reject(command: Input<RejectDisbursement>, disbursement: Disbursement): DisbursementEvent[] {
  const pending = inStatus(disbursement, 'requested');
  const data = {
    ...restatedCharge(pending),
    reason: command.reason,
    rejectedBy: command.by,
    rejectedAt: command.at,
  };
  return [{ type: 'DisbursementRejected', data }];
}

export function withdraw(
  command: Input<WithdrawDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  const pending = inStatus(disbursement, 'requested');
  const data = {
    ...restatedCharge(pending),
    reason: command.reason,
    withdrawnBy: command.by,
    withdrawnAt: command.at,
  };
  return [{ type: 'DisbursementWithdrawn', data }];
}

export function pay(command: Input<PayDisbursement>, disbursement: Disbursement): DisbursementEvent[] {
  const approved = inStatus(disbursement, 'approved');
  const { paymentReference, paidOn, by, at } = command;
  const data = { ...restatedCharge(approved), paymentReference, paidOn, paidBy: by, paidAt: at };
  return [{ type: 'DisbursementPaid', data }];
}

export function reverse(
  command: Input<ReverseDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  const paid = inStatus(disbursement, 'paid');
  if (paid.requestedBy === command.by)
    return refuse('maker-cannot-reverse', { disbursementId: paid.disbursementId });
  const data = {
    ...restatedCharge(paid),
    reason: command.reason,
    reversedBy: command.by,
    reversedAt: command.at,
  };
  return [{ type: 'DisbursementReversed', data }];
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
