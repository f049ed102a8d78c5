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

export type ProcessCommand = OpenProcessCommand | ExtendMandate;
