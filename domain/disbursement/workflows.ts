import type { BudgetLineEvent, DisbursementEvent } from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import { chargeable, decide as decideLine } from '../budget-line/decide';
import type { ApproveDisbursement, RequestDisbursement } from './commands';
import { decide as decideDisbursement } from './decide';
import type { Disbursement } from './disbursement';

/**
 * Commands that touch a disbursement and its budget line together. Each aggregate keeps its own rule;
 * these only say which rules apply to which command, so the event store can append both in one transaction.
 */
export function requestDisbursement(
  command: RequestDisbursement,
  disbursement: Disbursement,
  line: BudgetLine,
): DisbursementEvent[] {
  // A request is checked against the line's existence and currency, not its balance: funds are
  // claimed at approval, which is where concurrent spending has to be serialised.
  chargeable(line, command.amount.currency);
  return decideDisbursement(command, disbursement);
}

export function approveDisbursement(
  command: ApproveDisbursement,
  disbursement: Disbursement,
  line: BudgetLine,
): { disbursement: DisbursementEvent[]; line: BudgetLineEvent[] } {
  const approved = decideDisbursement(command, disbursement);
  const charges = approved.flatMap((event) =>
    event.type === 'DisbursementApproved'
      ? decideLine(
          {
            type: 'ChargeBudgetLine',
            disbursementId: event.data.disbursementId,
            amount: event.data.amount,
            by: command.by,
            at: command.at,
          },
          line,
        )
      : [],
  );
  return { disbursement: approved, line: charges };
}
