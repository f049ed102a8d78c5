import type { ContributionEvent } from '../../events/catalog';
import { datedOn } from '../process/business-date';
import type { Process } from '../process/process';
import { unitOf } from '../process/units';
import type { Contribution } from './contribution';
import { decide, type PledgeContribution, pledge, type ReceiveTranche, receiveTranche } from './decide';
import type { SubmitDonorReport } from './reporting-calendar';

/** Money restricted to units is restricted to units of the process: a unit it lacks would hold it forever. */
export function pledgeIn(
  command: PledgeContribution,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  const pledged = pledge(command, source);
  for (const unit of command.restrictions.units) unitOf(process, unit, 'restrictions.units');
  return pledged;
}

/**
 * A tranche received on a day the process has lived: money dated in the future is not money
 * available now, and a tranche before the mandate belongs to an opening balance, not to a receipt.
 */
export function receiveTrancheOn(
  command: Omit<ReceiveTranche, 'type'>,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  return datedOn(process, command.at, 'receivedOn', command.receivedOn, receiveTranche(command, source));
}

/** A report sent on a day the process has lived: a submission still to come is not one made. */
export function submitReportOn(
  command: SubmitDonorReport,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  return datedOn(process, command.at, 'submittedOn', command.submittedOn, decide(command, source));
}
