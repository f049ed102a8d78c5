import type { BudgetLineEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import { lessThan } from '../money';
import {
  type AdoptedLine,
  available,
  type BudgetLine,
  evolve,
  initialState,
  revisionFloor,
} from './budget-line';
import type { BudgetLineCommand } from './commands';

export function decide(command: BudgetLineCommand, line: BudgetLine): BudgetLineEvent[] {
  const { at } = command;
  switch (command.type) {
    case 'AdoptBudgetLine': {
      if (line.status !== 'none') return refuse('budget-line-already-adopted', { lineId: command.lineId });
      const { type: _, by, at: __, ...data } = command;
      return [{ type: 'BudgetLineAdopted', data: { ...data, adoptedBy: by, adoptedAt: at } }];
    }
    case 'ReviseBudgetLine': {
      const open = chargeable(line, command.amount.currency);
      const floor = revisionFloor(open);
      if (lessThan(command.amount, floor))
        return refuse('revision-below-committed-and-spent', {
          lineId: open.lineId,
          floor,
          asked: command.amount,
        });
      const { amount, reason, transferId, by } = command;
      const data = {
        lineId: open.lineId,
        previous: open.allocated,
        amount,
        reason,
        transferId,
        approvedBy: by,
        revisedAt: at,
      };
      return [{ type: 'BudgetLineRevised', data }];
    }
    case 'CommitOnLine': {
      const open = withFunds(line, command.amount);
      const data = {
        lineId: open.lineId,
        commitmentId: command.commitmentId,
        amount: command.amount,
        committedAt: at,
      };
      return [{ type: 'BudgetLineCommitted', data }];
    }
    case 'ReleaseOnLine': {
      const open = chargeable(line, command.amount.currency);
      const data = {
        lineId: open.lineId,
        commitmentId: command.commitmentId,
        amount: command.amount,
        releasedAt: at,
      };
      return [{ type: 'BudgetLineCommitmentReleased', data }];
    }
    case 'ChargeBudgetLine': {
      const open = command.override
        ? chargeable(line, command.amount.currency)
        : withFunds(line, command.amount);
      const { disbursementId, amount, override } = command;
      const data = {
        lineId: open.lineId,
        disbursementId,
        amount,
        chargedAt: at,
        ...(override ? { override } : {}),
      };
      return [{ type: 'BudgetLineCharged', data }];
    }
    case 'CreditBudgetLine': {
      const open = chargeable(line, command.amount.currency);
      const { disbursementId, amount, reason } = command;
      return [
        {
          type: 'BudgetLineCredited',
          data: { lineId: open.lineId, disbursementId, amount, reason, creditedAt: at },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

/** A line can be charged only once adopted, and only in its own currency (conversion is explicit). */
export function chargeable(line: BudgetLine, currency: string): AdoptedLine {
  if (line.status === 'none') return refuse('budget-line-not-found');
  if (line.allocated.currency !== currency)
    return refuse('currency-mismatch', {
      lineId: line.lineId,
      line: line.allocated.currency,
      asked: currency,
    });
  return line;
}

function withFunds(line: BudgetLine, amount: { amount: number; currency: string }): AdoptedLine {
  const open = chargeable(line, amount.currency);
  const left = available(open);
  if (lessThan(left, amount))
    return refuse('insufficient-funds-on-line', { lineId: open.lineId, available: left, asked: amount });
  return open;
}

export const budgetLine: Decider<BudgetLineCommand, BudgetLineEvent, BudgetLine> = {
  // 2: the state gained `committed` and renamed `disbursed` to `charged`; older tips are refolded.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
