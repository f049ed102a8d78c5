import type { ContributionEvent } from '../../events/catalog';
import { monthOf } from '../calendar';
import type { Input } from '../decider';
import { datedOn, recordingDay } from '../process/business-date';
import { openProcess, type Process } from '../process/process';
import { unitOf } from '../process/units';
import { type Contribution, pledged } from './contribution';
import {
  type ApproveTrancheCorrection,
  approveTrancheCorrection,
  decide,
  type PledgeContribution,
  type ProposeTrancheCorrection,
  pledge,
  proposeTrancheCorrection,
  type ReceiveTranche,
  receiveTranche,
} from './decide';
import type { CorrectDonorReport, SubmitDonorReport } from './reporting-calendar';

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

/** The right day of a tranche is a business date like any day received. */
export function proposeTrancheCorrectionOn(
  command: Input<ProposeTrancheCorrection>,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  const events = proposeTrancheCorrection(command, source);
  return datedOn(process, command.at, 'receivedOn', command.receivedOn, events);
}

/**
 * Approved, the correction reverses the tranche on its own day, so the month it was received in nets
 * to the right amount; when that month is closed its reports must not change, and the reversing entry
 * is dated the day of approval instead. The right day is checked again: its month may have closed
 * since it was proposed.
 */
export function approveTrancheCorrectionOn(
  command: Omit<Input<ApproveTrancheCorrection>, 'reversedOn'>,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  // Without the proposal or its tranche the decision refuses: the fallbacks below stand in until it does.
  const proposed = pledged(source).corrections[command.correctionId];
  const wrong = proposed && pledged(source).tranches[proposed.trancheId];
  const reversedOn = wrong
    ? reversalDay(process, command.at, wrong.receivedOn)
    : recordingDay(process, command.at);
  const events = approveTrancheCorrection({ ...command, reversedOn }, source);
  return proposed ? datedOn(process, command.at, 'receivedOn', proposed.receivedOn, events) : events;
}

const reversalDay = (process: Process, at: string, receivedOn: string): string =>
  openProcess(process).closedMonths.includes(monthOf(receivedOn)) ? recordingDay(process, at) : receivedOn;

/** A report's corrected day sent is a business date like the day it was first recorded as sent. */
export function correctReportOn(
  command: CorrectDonorReport,
  source: Contribution,
  process: Process,
): ContributionEvent[] {
  return datedOn(process, command.at, 'submittedOn', command.submittedOn, decide(command, source));
}
