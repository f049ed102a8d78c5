import type { DisbursementEvent } from '../../events/catalog';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { type ExchangeRate, lessThan, type Money } from '../money';
import {
  type Disbursement,
  evolve,
  initialState,
  inStatus,
  refundInBudget,
  restatedCharge,
  stillPaid,
} from './disbursement';

/**
 * The disbursement's own rules, one function per command. The budget line's and funding source's are
 * applied beside them in ./workflows.ts, where the budget amount is converted at the request's rate.
 */
export type DisbursementCommand =
  | RequestDisbursement
  | ApproveDisbursement
  | RejectDisbursement
  | WithdrawDisbursement
  | PayDisbursement
  | ReverseDisbursement;

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

export interface RequestDisbursement extends Actor {
  readonly type: 'RequestDisbursement';
  readonly disbursementId: string;
  readonly lineId: string;
  readonly fundingSourceId: string;
  readonly amount: Money;
  /** The recorded rate to the budget currency, null when the amount is in the budget currency. */
  readonly rate: ExchangeRate | null;
  /** The amount converted at that rate: what the line and the source will be charged. */
  readonly budgetAmount: Money;
  readonly payee: string;
  readonly purpose: string;
  readonly supportingDocument: { readonly reference: string; readonly sha256: string };
  /** The commitment it pays, if it pays one: checked against the commitment in ./workflows.ts. */
  readonly commitmentId?: string;
  /** The value date: the day the request was made, which the books follow. */
  readonly requestedOn: string;
}

export function request(
  command: Input<RequestDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  if (disbursement.status !== 'none')
    return refuse('disbursement-already-requested', { disbursementId: command.disbursementId });
  // Named field by field: from `decide` the command still carries its `type`, which is no event data.
  const { disbursementId, lineId, fundingSourceId, amount, rate, budgetAmount, payee, purpose } = command;
  const { supportingDocument, requestedOn, by, at } = command;
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
    commitmentId: command.commitmentId ?? null,
    requestedOn,
    requestedBy: by,
    requestedAt: at,
  };
  return [{ type: 'DisbursementRequested', data }];
}

export interface ApproveDisbursement extends Actor {
  readonly type: 'ApproveDisbursement';
  readonly disbursementId: string;
  /** Spending past what is available, or outside a donor's restriction, only with a recorded reason. */
  readonly override?: { readonly reason: string };
  /** The value date: the day the checker approved it. */
  readonly approvedOn: string;
}

export function approve(
  command: Input<ApproveDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  const { approvedOn, by, at } = command;
  const pending = inStatus(disbursement, 'requested');
  // Segregation of duties: maker ≠ checker on every money movement, overrides included.
  if (pending.requestedBy === by)
    return refuse('maker-cannot-approve', { disbursementId: pending.disbursementId });
  // Approved once asked for (ISO dates compare correctly as strings).
  if (approvedOn < pending.requestedOn)
    return refuse('approval-before-request', { requestedOn: pending.requestedOn, approvedOn });
  const { disbursementId, lineId, fundingSourceId, amount, budgetAmount } = pending;
  const override = command.override ? { reason: command.override.reason, by } : null;
  const data = {
    disbursementId,
    lineId,
    fundingSourceId,
    amount,
    budgetAmount,
    override,
    approvedOn,
    approvedBy: by,
    approvedAt: at,
  };
  return [{ type: 'DisbursementApproved', data }];
}

export interface RejectDisbursement extends Actor {
  readonly type: 'RejectDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
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

/** The finance desk takes back a request no approver has decided yet (a duplicate, a wrong line). */
export interface WithdrawDisbursement extends Actor {
  readonly type: 'WithdrawDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
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

export interface PayDisbursement extends Actor {
  readonly type: 'PayDisbursement';
  readonly disbursementId: string;
  readonly paymentReference: string;
  readonly paidOn: string;
  /** Paying an invoice another payment still pays: checked on the invoice in ./workflows.ts. */
  readonly override?: { readonly reason: string };
}

export function pay(command: Input<PayDisbursement>, disbursement: Disbursement): DisbursementEvent[] {
  const approved = inStatus(disbursement, 'approved');
  const { paymentReference, paidOn, by, at } = command;
  // Paid once approved: approval is the control a payment rests on.
  if (approved.approvedOn !== undefined && paidOn < approved.approvedOn)
    return refuse('payment-before-approval', { approvedOn: approved.approvedOn, paidOn });
  const override = command.override ? { reason: command.override.reason, by } : null;
  const data = { ...restatedCharge(approved), paymentReference, paidOn, override, paidBy: by, paidAt: at };
  return [{ type: 'DisbursementPaid', data }];
}

export interface ReverseDisbursement extends Actor {
  readonly type: 'ReverseDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
  /** The day the money came back: the month the reversal counts in. */
  readonly reversedOn: string;
  /** The part refunded, in the payment's currency; all that is still paid when left out. */
  readonly amount?: Money;
}

export function reverse(
  command: Input<ReverseDisbursement>,
  disbursement: Disbursement,
): DisbursementEvent[] {
  const paid = inStatus(disbursement, 'paid');
  if (paid.requestedBy === command.by)
    return refuse('maker-cannot-reverse', { disbursementId: paid.disbursementId });
  // Money comes back after it went out (ISO dates compare correctly as strings).
  if (paid.paidOn !== undefined && command.reversedOn < paid.paidOn)
    return refuse('reversal-before-payment', { paidOn: paid.paidOn, reversedOn: command.reversedOn });
  const remaining = stillPaid(paid);
  const amount = command.amount ?? remaining;
  if (amount.currency !== remaining.currency)
    return refuse('reversal-in-another-currency', { currency: remaining.currency, asked: amount.currency });
  if (amount.amount <= 0) return refuse('reversal-not-positive', { amount });
  if (lessThan(remaining, amount)) return refuse('reversal-exceeds-paid', { stillPaid: remaining, amount });
  const data = {
    ...restatedCharge(paid),
    // The line and the source are credited the refunded part only, at the payment's rate.
    budgetAmount: refundInBudget(paid, amount),
    amount,
    reason: command.reason,
    reversedOn: command.reversedOn,
    reversedBy: command.by,
    reversedAt: command.at,
  };
  return [{ type: 'DisbursementReversed', data }];
}

export const disbursement: Decider<DisbursementCommand, DisbursementEvent, Disbursement> = {
  // 2: the state gained the funding source and the budget amount; 3: the day it was paid; 4: the
  // commitment it pays; 5: the days it was requested and approved; 6: its rate and what came back;
  // 7: its supporting document.
  stateVersion: 8,
  initialState,
  evolve,
  decide,
};
