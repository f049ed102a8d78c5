import type { BudgetLineEvent } from '../../events/catalog';
import type { Actor } from '../decider';
import { refuse } from '../errors';
import { add, type Money, subtract } from '../money';
import { businessDate, datedOn, recordingDay } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import type { BudgetLine } from './budget-line';
import type { AdoptBudgetLine, ReviseBudgetLine } from './decide';
import { adopt, chargeable, revise } from './decide';

/** Without a value date, the line is adopted on the day it is recorded (`recordingDay`). */
export type AdoptInput = Omit<AdoptBudgetLine, 'adoptedOn'> & { readonly adoptedOn?: string | undefined };

/**
 * Lines are budgeted in one of the process's units, in its budget currency (other currencies come in
 * through rates), on a day the process has lived.
 */
export function adoptBudgetLine(command: AdoptInput, line: BudgetLine, process: Process): BudgetLineEvent[] {
  budgetableIn(process, command);
  const adoptedOn = command.adoptedOn ?? recordingDay(process, command.at);
  return datedOn(process, command.at, 'adoptedOn', adoptedOn, adopt({ ...command, adoptedOn }, line));
}

/** Without a value date, the revision is dated the day it is recorded (`recordingDay`). */
export type ReviseInput = Omit<ReviseBudgetLine, 'revisedOn'> & { readonly revisedOn?: string | undefined };

/** Revised on a day the process has lived, not before the line was adopted. */
export function reviseBudgetLine(
  command: ReviseInput,
  line: BudgetLine,
  process: Process,
): BudgetLineEvent[] {
  const revisedOn = command.revisedOn ?? recordingDay(process, command.at);
  return datedOn(process, command.at, 'revisedOn', revisedOn, revise({ ...command, revisedOn }, line));
}

/** What a line must be to be adopted in a process, checked too when a draft proposes it. */
export function budgetableIn(
  process: Process,
  line: { readonly lineId: string; readonly unit: string; readonly amount: Money },
): void {
  const { budgetCurrency } = openProcess(process);
  unitOf(process, line.unit);
  if (line.amount.currency !== budgetCurrency)
    refuse('currency-mismatch', { lineId: line.lineId, budgetCurrency, asked: line.amount.currency });
}

export interface TransferBetweenLines extends Actor {
  readonly transferId: string;
  readonly amount: Money;
  readonly reason: string;
  /** The value date of both revisions; the day of recording when absent. */
  readonly revisedOn?: string | undefined;
}

/** docs/rules.md: moving money between lines is a revision of both, in one command, on one day. */
export function transferBetweenLines(
  command: TransferBetweenLines,
  from: BudgetLine,
  to: BudgetLine,
  process: Process,
): { from: BudgetLineEvent[]; to: BudgetLineEvent[] } {
  const source = chargeable(from, command.amount.currency);
  const target = chargeable(to, command.amount.currency);
  if (source.lineId === target.lineId) return refuse('transfer-to-same-line', { lineId: source.lineId });
  const { transferId, reason, by, at } = command;
  const revisedOn = command.revisedOn ?? recordingDay(process, at);
  const revision = (amount: Money) => ({ amount, reason, transferId, revisedOn, by, at });
  const revised = {
    from: revise(revision(subtract(source.allocated, command.amount)), from),
    to: revise(revision(add(target.allocated, command.amount)), to),
  };
  // Decided first, so the lines' own refusals come first.
  businessDate(process, at, 'revisedOn', revisedOn);
  return revised;
}
