import type { Modality, ReportingFrequency, Restrictions } from '../../events/catalog/contribution';
import type { Actor } from '../decider';
import type { ExchangeRate, Money } from '../money';

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

export interface ReceiveTranche extends Actor {
  readonly type: 'ReceiveTranche';
  readonly trancheId: string;
  readonly amount: Money;
  readonly receivedOn: string;
  /** The recorded rate to the budget currency on that day; absent when none was recorded. */
  readonly rate: ExchangeRate | undefined;
}

/** The line money goes to, for the restriction check. */
export interface LineRef {
  readonly lineId: string;
  readonly unit: string;
}

export interface CommitOnContribution extends Actor {
  readonly type: 'CommitOnContribution';
  readonly commitmentId: string;
  readonly amount: Money;
  readonly line: LineRef;
}

export interface ReleaseOnContribution extends Actor {
  readonly type: 'ReleaseOnContribution';
  readonly commitmentId: string;
  readonly amount: Money;
}

export interface ChargeContribution extends Actor {
  readonly type: 'ChargeContribution';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly line: LineRef;
  readonly override?: { readonly reason: string; readonly by: string };
}

export interface CreditContribution extends Actor {
  readonly type: 'CreditContribution';
  readonly disbursementId: string;
  readonly amount: Money;
  readonly reason: string;
}

/** A report sent to the donor, answering the earliest unanswered date of its reporting calendar. */
export interface SubmitDonorReport extends Actor {
  readonly type: 'SubmitDonorReport';
  readonly periodEnd: string;
  readonly submittedOn: string;
  readonly document: { readonly reference: string; readonly sha256: string };
}

export type ContributionCommand =
  | PledgeContribution
  | ReceiveTranche
  | CommitOnContribution
  | ReleaseOnContribution
  | ChargeContribution
  | CreditContribution
  | SubmitDonorReport;
