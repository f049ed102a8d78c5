import type { BudgetLineEvent } from '../../events/catalog';
import type { Actor } from '../decider';
import { refuse } from '../errors';
import { add, type Money, subtract } from '../money';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import type { BudgetLine } from './budget-line';
import type { AdoptBudgetLine } from './decide';
import { adopt, chargeable, revise } from './decide';

/** Lines are budgeted in one of the process's units, in its budget currency; other currencies come in through rates. */
export function adoptBudgetLine(
  command: AdoptBudgetLine,
  line: BudgetLine,
  process: Process,
): BudgetLineEvent[] {
  budgetableIn(process, command);
  return adopt(command, line);
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
}

/** docs/rules.md: moving money between lines is a revision of both, in one command. */
export function transferBetweenLines(
  command: TransferBetweenLines,
  from: BudgetLine,
  to: BudgetLine,
): { from: BudgetLineEvent[]; to: BudgetLineEvent[] } {
  const source = chargeable(from, command.amount.currency);
  const target = chargeable(to, command.amount.currency);
  if (source.lineId === target.lineId) return refuse('transfer-to-same-line', { lineId: source.lineId });
  const { transferId, reason, by, at } = command;
  const revision = (amount: Money) => ({ amount, reason, transferId, by, at });
  return {
    from: revise(revision(subtract(source.allocated, command.amount)), from),
    to: revise(revision(add(target.allocated, command.amount)), to),
  };
}
