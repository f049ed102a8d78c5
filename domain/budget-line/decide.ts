import type { BudgetLineEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import { lessThan } from '../money';
import { available, type BudgetLine, evolve, initialState } from './budget-line';
import type { BudgetLineCommand } from './commands';

export function decide(command: BudgetLineCommand, line: BudgetLine): BudgetLineEvent[] {
  switch (command.type) {
    case 'AdoptBudgetLine': {
      if (line.status !== 'none') return refuse('budget-line-already-adopted', { lineId: command.lineId });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'BudgetLineAdopted', data: { ...data, adoptedBy: by, adoptedAt: at } }];
    }
    case 'ChargeBudgetLine': {
      const open = chargeable(line, command.amount.currency);
      const left = available(open);
      if (lessThan(left, command.amount))
        return refuse('insufficient-funds-on-line', {
          lineId: open.lineId,
          available: left,
          asked: command.amount,
        });
      return [
        {
          type: 'BudgetLineCharged',
          data: {
            lineId: open.lineId,
            disbursementId: command.disbursementId,
            amount: command.amount,
            chargedAt: command.at,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

/** A line can be charged only once adopted, and only in its own currency (conversion is explicit). */
export function chargeable(line: BudgetLine, currency: string): Extract<BudgetLine, { status: 'adopted' }> {
  if (line.status === 'none') return refuse('budget-line-not-found');
  if (line.allocated.currency !== currency)
    return refuse('currency-mismatch', {
      lineId: line.lineId,
      line: line.allocated.currency,
      asked: currency,
    });
  return line;
}

export const budgetLine: Decider<BudgetLineCommand, BudgetLineEvent, BudgetLine> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
