import type { ContributionEvent } from '../../events/catalog';
import { dayOf } from '../calendar';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import { convert, type ExchangeRate, lessThan, type Money } from '../money';
import type {
  ChargeContribution,
  CommitOnContribution,
  ContributionCommand,
  CreditContribution,
  LineRef,
  PledgeContribution,
  ReceiveTranche,
  ReleaseOnContribution,
  SubmitDonorReport,
} from './commands';
import {
  allows,
  available,
  type Contribution,
  evolve,
  initialState,
  type PledgedContribution,
} from './contribution';
import { dueDateOf } from './reporting-calendar';

type Input<C> = Omit<C, 'type'>;

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

export function pledge(command: PledgeContribution, source: Contribution): ContributionEvent[] {
  if (source.status !== 'none')
    return refuse('contribution-already-pledged', { contributionId: command.contributionId });
  const { type: _, by, at, ...data } = command;
  return [{ type: 'ContributionPledged', data: { ...data, pledgedBy: by, pledgedAt: at } }];
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

/**
 * A report answers the earliest date of the calendar not yet answered, so the calendar advances one
 * date per report; it covers a period that has ended, later than the last one reported.
 */
function submitReport(command: SubmitDonorReport, source: PledgedContribution): ContributionEvent {
  const { periodEnd, submittedOn, document, by, at } = command;
  const today = dayOf(at);
  if (submittedOn > today) return refuse('report-submitted-in-future', { submittedOn, today });
  if (periodEnd > submittedOn) return refuse('report-period-not-ended', { periodEnd, submittedOn });
  const { reportingFrequency, firstReportDue, answered, lastPeriodEnd } = source.reporting;
  if (lastPeriodEnd !== null && periodEnd <= lastPeriodEnd)
    return refuse('report-period-already-reported', { periodEnd, lastPeriodEnd });
  return {
    type: 'DonorReportSubmitted',
    data: {
      contributionId: source.contributionId,
      donorId: source.donorId,
      dueDate: dueDateOf(firstReportDue, reportingFrequency, answered),
      periodEnd,
      submittedOn,
      document,
      submittedBy: by,
      submittedAt: at,
    },
  };
}

export const pledged = (source: Contribution): PledgedContribution =>
  source.status === 'pledged' ? source : refuse('funding-source-not-found');

/**
 * The rate to convert an amount into the budget currency: none when it already is in it, otherwise
 * the one recorded for that pair on that day (DOMAIN.md: every conversion stores its rate and source).
 */
export function rateFor(
  amount: Money,
  budgetCurrency: string,
  rate: ExchangeRate | undefined,
): ExchangeRate | null {
  if (amount.currency === budgetCurrency) return null;
  if (!rate || rate.base !== amount.currency || rate.quote !== budgetCurrency)
    return refuse('exchange-rate-not-recorded', { base: amount.currency, quote: budgetCurrency });
  return rate;
}

function inBudgetCurrency(source: Contribution, amount: Money): PledgedContribution {
  const open = pledged(source);
  if (amount.currency !== open.budgetCurrency)
    return refuse('source-not-in-budget-currency', {
      budgetCurrency: open.budgetCurrency,
      asked: amount.currency,
    });
  return open;
}

/** Without an override, money goes only where the donor allowed it and only up to what is available. */
function payingFor(source: Contribution, line: LineRef, amount: Money): PledgedContribution {
  const open = inBudgetCurrency(source, amount);
  if (!allows(open.restrictions, line))
    return refuse('outside-donor-restriction', {
      contributionId: open.contributionId,
      line,
      restrictions: open.restrictions,
    });
  const left = available(open);
  if (lessThan(left, amount))
    return refuse('insufficient-funds-on-source', {
      contributionId: open.contributionId,
      available: left,
      asked: amount,
    });
  return open;
}

export const contribution: Decider<ContributionCommand, ContributionEvent, Contribution> = {
  // 2: the state keeps the reporting calendar and how far reports have answered it.
  stateVersion: 2,
  initialState,
  evolve,
  decide,
};
