import type { Actor } from '../decider';

export interface OpenProcessCommand extends Actor {
  readonly type: 'OpenProcess';
  readonly processId: string;
  readonly name: string;
  readonly country: string;
  readonly mandateStart: string;
  readonly mandateEnd: string;
  readonly budgetCurrency: string;
  readonly reviewCadenceMonths: 3 | 6;
}

export interface ExtendMandate extends Actor {
  readonly type: 'ExtendMandate';
  readonly newEnd: string;
  readonly reason: string;
}

/** Leadership sets the share of seconded and donor-funded staff it is prepared to accept. */
export interface SetIndependenceThreshold extends Actor {
  readonly type: 'SetIndependenceThreshold';
  readonly percent: number;
}

export type ProcessCommand = OpenProcessCommand | ExtendMandate | SetIndependenceThreshold;
