import type { ContributionEvent } from '../../events/catalog';
import type { Modality, ReportingFrequency, Restrictions } from '../../events/catalog/contribution';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { convert, type ExchangeRate, lessThan, type Money } from '../money';
import { type Contribution, evolve, initialState, pledged } from './contribution';
import { inBudgetCurrency, type LineRef, payingFor, rateFor } from './funds';
import { type SubmitDonorReport, submitReport } from './reporting-calendar';

export type ContributionCommand =
  | PledgeContribution
  | ReceiveTranche
  | CommitOnContribution
  | ReleaseOnContribution
  | ChargeContribution
  | CreditContribution
  | SubmitDonorReport;

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
    receivedBy: by,
    receivedAt: at,
  };
  return [{ type: 'TrancheReceived', data }];
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
  stateVersion: 3,
  initialState,
  evolve,
  decide,
};
