import type { Actor } from '../decider';
import type { Money } from '../money';

export interface RequestDisbursement extends Actor {
  readonly type: 'RequestDisbursement';
  readonly disbursementId: string;
  readonly lineId: string;
  readonly amount: Money;
  readonly payee: string;
  readonly purpose: string;
}

export interface ApproveDisbursement extends Actor {
  readonly type: 'ApproveDisbursement';
  readonly disbursementId: string;
}

export interface RejectDisbursement extends Actor {
  readonly type: 'RejectDisbursement';
  readonly disbursementId: string;
  readonly reason: string;
}

export type DisbursementCommand = RequestDisbursement | ApproveDisbursement | RejectDisbursement;
