import type { ContributionEvent } from '../../events/catalog';
import { businessDate } from '../process/business-date';
import type { Process } from '../process/process';
import type { Contribution } from './contribution';
import { type ReceiveTranche, receiveTranche } from './decide';

/**
 * A tranche received on a day the process has lived: money dated in the future is not money
 * available now, and a tranche before the mandate belongs to an opening balance, not to a receipt.
 */
export function receiveTrancheOn(
  command: Omit<ReceiveTranche, 'type'>,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  const received = receiveTranche(command, source);
  businessDate(process, command.at, 'receivedOn', command.receivedOn);
  return received;
}
