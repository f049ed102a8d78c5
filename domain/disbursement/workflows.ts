import type { BudgetLineEvent, ContributionEvent, DisbursementEvent } from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import * as lines from '../budget-line/decide';
import type { Contribution } from '../contribution/contribution';
import { pledged } from '../contribution/contribution';
import * as sources from '../contribution/decide';
import { rateFor } from '../contribution/funds';
import { refuse } from '../errors';
import { convert, type ExchangeRate } from '../money';
import { businessDate } from '../process/business-date';
import type { Process } from '../process/process';
import type {
  ApproveDisbursement,
  PayDisbursement,
  RequestDisbursement,
  ReverseDisbursement,
} from './decide';
import { approve, pay, request, reverse } from './decide';
import { type Disbursement, recorded } from './disbursement';

/**
 * Commands that touch a disbursement with its budget line and funding source. Each aggregate keeps
 * its own rules; these say which apply to which command, and the event store appends all of them in
 * one transaction, so no line or source can be overspent by commands racing each other.
 */
export interface DisbursementDecision {
  readonly disbursement: DisbursementEvent[];
  readonly line: BudgetLineEvent[];
  readonly source: ContributionEvent[];
}

export type RequestInput = Omit<RequestDisbursement, 'rate' | 'budgetAmount'> & {
  readonly rate: ExchangeRate | undefined;
};

export function requestDisbursement(
  command: RequestInput,
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
): DisbursementEvent[] {
  // Checked against the line's and source's existence and currency, not their balance: funds are
  // claimed at approval, which is where concurrent spending has to be serialised.
  if (line.status === 'none') return refuse('budget-line-not-found');
  pledged(source);
  const budgetCurrency = line.allocated.currency;
  const rate = rateFor(command.amount, budgetCurrency, command.rate);
  const budgetAmount = rate ? convert(command.amount, rate) : command.amount;
  return request({ ...command, rate, budgetAmount }, disbursement);
}

export function approveAndCharge(
  command: ApproveDisbursement,
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
): DisbursementDecision {
  const approved = approve(command, disbursement);
  const { disbursementId, budgetAmount } = recorded(disbursement);
  const { by, at } = command;
  const override = command.override ? { reason: command.override.reason, by } : undefined;
  const open = lines.chargeable(line, budgetAmount.currency);
  const charge = { disbursementId, amount: budgetAmount, by, at, ...(override ? { override } : {}) };
  return {
    disbursement: approved,
    line: lines.charge(charge, line),
    source: sources.charge({ ...charge, line: open }, source),
  };
}

/** A reversal gives the line and the source back exactly what the payment charged them. */
/** Paid on a day the process has lived: the month the payment counts in follows it. */
export function payOn(
  command: PayDisbursement,
  disbursement: Disbursement,
  process: Process,
): DisbursementEvent[] {
  const paid = pay(command, disbursement);
  businessDate(process, command.at, 'paidOn', command.paidOn);
  return paid;
}

export function reverseAndCredit(
  command: ReverseDisbursement,
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
  process: Process,
): DisbursementDecision {
  const reversed = reverse(command, disbursement);
  businessDate(process, command.at, 'reversedOn', command.reversedOn);
  const { disbursementId, budgetAmount } = recorded(disbursement);
  const credit = {
    disbursementId,
    amount: budgetAmount,
    reason: command.reason,
    by: command.by,
    at: command.at,
  };
  return {
    disbursement: reversed,
    line: lines.credit(credit, line),
    source: sources.credit(credit, source),
  };
}
