import type { Actor } from '../decider';
import type { ExchangeRate, Money } from '../money';

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
}

export interface ApproveDisbursement extends Actor {
  readonly type: 'ApproveDisbursement';
  readonly disbursementId: string;
  /** Spending past what is available, or outside a donor's restriction, only with a recorded reason. */
  readonly override?: { readonly reason: string };
}

export interface RejectDisbursement extends Actor {
  readonly type: 'RejectDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
}

/** The finance desk takes back a request no approver has decided yet (a duplicate, a wrong line). */
export interface WithdrawDisbursement extends Actor {
  readonly type: 'WithdrawDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
}

export interface PayDisbursement extends Actor {
  readonly type: 'PayDisbursement';
  readonly disbursementId: string;
  readonly paymentReference: string;
  readonly paidOn: string;
}

export interface ReverseDisbursement extends Actor {
  readonly type: 'ReverseDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
}

export type DisbursementCommand =
  | RequestDisbursement
  | ApproveDisbursement
  | RejectDisbursement
  | WithdrawDisbursement
  | PayDisbursement
  | ReverseDisbursement;
