import type { ContributionEvent } from '../../events/catalog';
import type { Modality, ReportingFrequency, Restrictions } from '../../events/catalog/contribution';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { add, convert, type ExchangeRate, lessThan, type Money, subtract } from '../money';
import {
  available,
  type Contribution,
  evolve,
  initialState,
  type PledgedContribution,
  type ProposedCorrection,
  pledged,
  type Tranche,
} from './contribution';
import { inBudgetCurrency, type LineRef, payingFor, rateFor } from './funds';
import {
  type CorrectDonorReport,
  correctReport,
  type SubmitDonorReport,
  submitReport,
} from './reporting-calendar';

export type ContributionCommand =
  | PledgeContribution
  | ReceiveTranche
  | CommitOnContribution
  | ReleaseOnContribution
  | ChargeContribution
  | CreditContribution
  | SubmitDonorReport
  | CorrectDonorReport
  | CorrectPledge
  | ProposeTrancheCorrection
  | ApproveTrancheCorrection
  | RejectTrancheCorrection;

export function decide(command: ContributionCommand, source: Contribution): ContributionEvent[] {
  switch (command.type) {
    case 'PledgeContribution':
      return pledge(command, source);
    case 'ReceiveTranche':
      return receiveTranche(command, source);
    case 'CommitOnContribution':
      return commit(command, source);
    case 'ReleaseOnContribution':
      return release(command, source);
    case 'ChargeContribution':
      return charge(command, source);
    case 'CreditContribution':
      return credit(command, source);
    case 'SubmitDonorReport':
      return [submitReport(command, pledged(source))];
    case 'CorrectDonorReport':
      return [correctReport(command, pledged(source))];
    case 'CorrectPledge':
      return correctPledge(command, source);
    case 'ProposeTrancheCorrection':
      return proposeTrancheCorrection(command, source);
    case 'ApproveTrancheCorrection':
      return approveTrancheCorrection(command, source);
    case 'RejectTrancheCorrection':
      return rejectTrancheCorrection(command, source);
    default:
      return assertNever(command);
  }
}

export interface PledgeContribution extends Actor {
  readonly type: 'PledgeContribution';
  readonly contributionId: string;
  readonly donorId: string;
  readonly donorName: string;
  readonly amount: Money;
  readonly budgetCurrency: string;
  readonly modality: Modality;
  readonly restrictions: Restrictions;
  readonly reportingFrequency: ReportingFrequency;
  readonly firstReportDue: string;
}

export function pledge(command: PledgeContribution, source: Contribution): ContributionEvent[] {
  if (source.status !== 'none')
    return refuse('contribution-already-pledged', { contributionId: command.contributionId });
  const { type: _, by, at, ...data } = command;
  return [{ type: 'ContributionPledged', data: { ...data, pledgedBy: by, pledgedAt: at } }];
}

/** A pledge recorded at the wrong amount is corrected, with the reason, never edited. */
export interface CorrectPledge extends Actor {
  readonly type: 'CorrectPledge';
  readonly amount: Money;
  readonly reason: string;
}

export function correctPledge(command: Input<CorrectPledge>, source: Contribution): ContributionEvent[] {
  const open = pledged(source);
  const { amount, reason, by, at } = command;
  if (amount.currency !== open.pledged.currency)
    return refuse('currency-mismatch', { contribution: open.pledged.currency, asked: amount.currency });
  if (amount.amount === open.pledged.amount)
    return refuse('correction-changes-nothing', { contributionId: open.contributionId });
  // What was received stays received: a pledge below it would owe the donor a refund, not a correction.
  if (lessThan(amount, open.received))
    return refuse('pledge-below-received', { received: open.received, asked: amount });
  const data = {
    contributionId: open.contributionId,
    previous: open.pledged,
    amount,
    reason,
    correctedBy: by,
    correctedAt: at,
  };
  return [{ type: 'PledgeCorrected', data }];
}

export interface ReceiveTranche extends Actor {
  readonly type: 'ReceiveTranche';
  readonly trancheId: string;
  readonly amount: Money;
  readonly receivedOn: string;
  /** The recorded rate to the budget currency on that day; absent when none was recorded. */
  readonly rate: ExchangeRate | undefined;
}

export function receiveTranche(command: Input<ReceiveTranche>, source: Contribution): ContributionEvent[] {
  const open = pledged(source);
  const { trancheId, amount, receivedOn, by, at } = command;
  if (amount.currency !== open.pledged.currency)
    return refuse('currency-mismatch', { contribution: open.pledged.currency, asked: amount.currency });
  const outstanding = { amount: open.pledged.amount - open.received.amount, currency: amount.currency };
  if (lessThan(outstanding, amount)) return refuse('tranche-exceeds-pledge', { outstanding, asked: amount });
  const rate = rateFor(amount, open.budgetCurrency, command.rate);
  const budgetAmount = rate ? convert(amount, rate) : amount;
  const data = {
    contributionId: open.contributionId,
    trancheId,
    amount,
    receivedOn,
    rate,
    budgetAmount,
    correctionOf: null,
    receivedBy: by,
    receivedAt: at,
  };
  return [{ type: 'TrancheReceived', data }];
}

/**
 * A tranche entered wrong (amount or day) is never edited: a finance officer proposes the right one,
 * with the reason, and an approver other than them approves it, which reverses the tranche as entered
 * and records the right one beside it.
 */
export interface ProposeTrancheCorrection extends Actor {
  readonly type: 'ProposeTrancheCorrection';
  readonly trancheId: string;
  readonly correctionId: string;
  readonly amount: Money;
  readonly receivedOn: string;
  readonly reason: string;
  /** The recorded rate to the budget currency for the right day; absent when none was recorded. */
  readonly rate: ExchangeRate | undefined;
}

export function proposeTrancheCorrection(
  command: Input<ProposeTrancheCorrection>,
  source: Contribution,
): ContributionEvent[] {
  const open = pledged(source);
  const { trancheId, correctionId, amount, receivedOn, reason, by, at } = command;
  const tranche = correctable(open, trancheId);
  if (Object.values(open.corrections).some((c) => c.trancheId === trancheId))
    return refuse('tranche-correction-pending', { trancheId });
  if (amount.currency !== open.pledged.currency)
    return refuse('currency-mismatch', { contribution: open.pledged.currency, asked: amount.currency });
  if (amount.amount === tranche.amount.amount && receivedOn === tranche.receivedOn)
    return refuse('correction-changes-nothing', { trancheId });
  const rate = rateFor(amount, open.budgetCurrency, command.rate);
  const budgetAmount = rate ? convert(amount, rate) : amount;
  const proposed = { trancheId, amount, receivedOn, rate, budgetAmount, reason, proposedBy: by };
  fits(open, proposed);
  const data = { contributionId: open.contributionId, correctionId, ...proposed, proposedAt: at };
  return [{ type: 'TrancheCorrectionProposed', data }];
}

export interface ApproveTrancheCorrection extends Actor {
  readonly type: 'ApproveTrancheCorrection';
  readonly trancheId: string;
  readonly correctionId: string;
  /** The reversing entry's value date: see `reversalDay` in ./workflows.ts. */
  readonly reversedOn: string;
}

export function approveTrancheCorrection(
  command: Input<ApproveTrancheCorrection>,
  source: Contribution,
): ContributionEvent[] {
  const open = pledged(source);
  const { correctionId, reversedOn, by, at } = command;
  const proposed = proposal(open, command.trancheId, correctionId);
  // Segregation of duties: money moves, so the proposer is not the one who approves.
  if (proposed.proposedBy === by) return refuse('maker-cannot-approve', { correctionId });
  const tranche = correctable(open, proposed.trancheId);
  // Checked again: money may have been committed or charged since it was proposed.
  fits(open, proposed);
  const { contributionId } = open;
  const { trancheId, amount, receivedOn, rate, budgetAmount, reason, proposedBy } = proposed;
  const reversal = {
    contributionId,
    trancheId,
    correctionId,
    amount: tranche.amount,
    rate: tranche.rate,
    budgetAmount: tranche.budgetAmount,
    reversedOn,
    reason,
    proposedBy,
    reversedBy: by,
    reversedAt: at,
  };
  const right = {
    contributionId,
    trancheId: correctionId,
    amount,
    receivedOn,
    rate,
    budgetAmount,
    correctionOf: trancheId,
    receivedBy: proposedBy,
    receivedAt: at,
  };
  return [
    { type: 'TrancheReversed', data: reversal },
    { type: 'TrancheReceived', data: right },
  ];
}

export interface RejectTrancheCorrection extends Actor {
  readonly type: 'RejectTrancheCorrection';
  readonly trancheId: string;
  readonly correctionId: string;
  readonly reason: string;
}

export function rejectTrancheCorrection(
  command: Input<RejectTrancheCorrection>,
  source: Contribution,
): ContributionEvent[] {
  const open = pledged(source);
  const { correctionId, reason, by, at } = command;
  const { trancheId } = proposal(open, command.trancheId, correctionId);
  const data = {
    contributionId: open.contributionId,
    trancheId,
    correctionId,
    reason,
    rejectedBy: by,
    rejectedAt: at,
  };
  return [{ type: 'TrancheCorrectionRejected', data }];
}

function correctable(open: PledgedContribution, trancheId: string): Tranche {
  const tranche = open.tranches[trancheId];
  if (!tranche) return refuse('tranche-not-found', { trancheId });
  if (tranche.reversed) return refuse('tranche-already-reversed', { trancheId });
  return tranche;
}

function proposal(open: PledgedContribution, trancheId: string, correctionId: string): ProposedCorrection {
  const proposed = open.corrections[correctionId];
  if (!proposed || proposed.trancheId !== trancheId)
    return refuse('tranche-correction-not-found', { trancheId, correctionId });
  return proposed;
}

/**
 * The right tranche in place of the wrong one stays within the pledge, and leaves the source holding
 * at least what is already committed or charged on it: money spent is released or reversed first.
 */
function fits(
  open: PledgedContribution,
  proposed: Pick<ProposedCorrection, 'trancheId' | 'amount' | 'budgetAmount'>,
) {
  const tranche = correctable(open, proposed.trancheId);
  const received = add(subtract(open.received, tranche.amount), proposed.amount);
  if (lessThan(open.pledged, received))
    refuse('tranche-exceeds-pledge', {
      outstanding: subtract(open.pledged, subtract(open.received, tranche.amount)),
      asked: proposed.amount,
    });
  const left = add(subtract(available(open), tranche.budgetAmount), proposed.budgetAmount);
  if (left.amount < 0)
    refuse('insufficient-funds-on-source', {
      contributionId: open.contributionId,
      available: available(open),
      asked: subtract(tranche.budgetAmount, proposed.budgetAmount),
    });
}

export interface CommitOnContribution extends Actor {
  readonly type: 'CommitOnContribution';
  readonly commitmentId: string;
  readonly amount: Money;
  readonly line: LineRef;
}

/** Reserves for a commitment on the line it names, within the donor's restrictions. */
export function commit(command: Input<CommitOnContribution>, source: Contribution): ContributionEvent[] {
  const open = payingFor(source, command.line, command.amount);
  const data = {
    contributionId: open.contributionId,
    commitmentId: command.commitmentId,
    amount: command.amount,
    committedAt: command.at,
  };
  return [{ type: 'ContributionCommitted', data }];
}

export interface ReleaseOnContribution extends Actor {
  readonly type: 'ReleaseOnContribution';
  readonly commitmentId: string;
  readonly amount: Money;
}

export function release(command: Input<ReleaseOnContribution>, source: Contribution): ContributionEvent[] {
  const open = inBudgetCurrency(source, command.amount);
  const data = {
    contributionId: open.contributionId,
    commitmentId: command.commitmentId,
    amount: command.amount,
    releasedAt: command.at,
  };
  return [{ type: 'ContributionCommitmentReleased', data }];
}

export interface ChargeContribution extends Actor {
  readonly type: 'ChargeContribution';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly line: LineRef;
  readonly override?: { readonly reason: string; readonly by: string };
}

export function charge(command: Input<ChargeContribution>, source: Contribution): ContributionEvent[] {
  const { disbursementId, amount, line, override, at } = command;
  const open = override ? inBudgetCurrency(source, amount) : payingFor(source, line, amount);
  const data = {
    contributionId: open.contributionId,
    disbursementId,
    lineId: line.lineId,
    amount,
    chargedAt: at,
    ...(override ? { override } : {}),
  };
  return [{ type: 'ContributionCharged', data }];
}

export interface CreditContribution extends Actor {
  readonly type: 'CreditContribution';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly reason: string;
}

export function credit(command: Input<CreditContribution>, source: Contribution): ContributionEvent[] {
  const open = inBudgetCurrency(source, command.amount);
  const { disbursementId, amount, reason, at } = command;
  return [
    {
      type: 'ContributionCredited',
      data: { contributionId: open.contributionId, disbursementId, amount, reason, creditedAt: at },
    },
  ];
}

export const contribution: Decider<ContributionCommand, ContributionEvent, Contribution> = {
  // 3: the state keeps only the last period reported; which dates reports answer follows from it.
  // 4: each tranche as received, and the corrections proposed; 5: each report's period end and day sent.
  stateVersion: 6,
  initialState,
  evolve,
  decide,
};
