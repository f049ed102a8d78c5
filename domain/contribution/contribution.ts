import type { ContributionEvent, EventOf } from '../../events/catalog';
import type { Restrictions } from '../../events/catalog/contribution';
import { refuse } from '../errors';
import { add, type ExchangeRate, type Money, subtract, zero } from '../money';

type Pledge = EventOf<'ContributionPledged'>['data'];
type Modality = Pledge['modality'];
type ReportingFrequency = Pledge['reportingFrequency'];

export interface ReportDates {
  readonly periodEnd: string;
  readonly submittedOn: string;
}

/** A tranche as entered, kept whole so that a correction reverses exactly what was received. */
export interface Tranche {
  readonly amount: Money;
  readonly receivedOn: string;
  readonly rate: ExchangeRate | null;
  readonly budgetAmount: Money;
  readonly reversed: boolean;
}

/** A tranche's right amount and day as a finance officer proposed them, awaiting an approver. */
export interface ProposedCorrection {
  readonly trancheId: string;
  readonly amount: Money;
  readonly receivedOn: string;
  readonly rate: ExchangeRate | null;
  readonly budgetAmount: Money;
  readonly reason: string;
  readonly proposedBy: string;
}

/**
 * A contribution: a donor's money (or the government budget's), pledged in its own currency and
 * received in tranches; requests and appointments name it as their funding source. What it can pay
 * for is tracked in the budget currency, at the rates the tranches were received at.
 */
export type Contribution =
  | { readonly status: 'none' }
  | {
      readonly status: 'pledged';
      readonly contributionId: string;
      readonly donorId: string;
      /** The pledge's terms as recorded, who recorded it and when: what a checker compares with the agreement. */
      readonly donorName: string;
      readonly modality: Modality;
      readonly reportingFrequency: ReportingFrequency;
      readonly firstReportDue: string;
      readonly pledgedBy: string;
      readonly pledgedAt: string;
      readonly pledged: Money;
      readonly received: Money;
      readonly budgetCurrency: string;
      readonly restrictions: Restrictions;
      /** Tranches received, converted at their recorded rates. */
      readonly deposited: Money;
      readonly committed: Money;
      readonly charged: Money;
      /** The end of the last period reported to the donor: the next report must cover a later one. */
      readonly lastPeriodEnd: string | null;
      /** Each report's period end and day sent, in order: a correction keeps them in order. */
      readonly reports: readonly ReportDates[];
      readonly tranches: Readonly<Record<string, Tranche>>;
      /** Tranche corrections proposed and not yet approved or rejected, by correction id. */
      readonly corrections: Readonly<Record<string, ProposedCorrection>>;
    };

export type PledgedContribution = Extract<Contribution, { status: 'pledged' }>;

export const initialState: Contribution = { status: 'none' };

export const pledged = (source: Contribution): PledgedContribution =>
  source.status === 'pledged' ? source : refuse('funding-source-not-found');

/** What is left to commit or charge: deposited − committed − charged, in the budget currency. */
export const available = (contribution: PledgedContribution): Money =>
  subtract(subtract(contribution.deposited, contribution.committed), contribution.charged);

/** Unrestricted money pays for anything; restricted money only for its units or lines. */
export const allows = (restrictions: Restrictions, line: { lineId: string; unit: string }): boolean =>
  allowsUnit(restrictions, line.unit) || restrictions.lineIds.includes(line.lineId);

/** The unit part of a restriction alone, for what is known by its unit before any line: a person's post. */
export const allowsUnit = (restrictions: Restrictions, unit: string | undefined): boolean =>
  (restrictions.units.length === 0 && restrictions.lineIds.length === 0) ||
  (unit !== undefined && (restrictions.units as string[]).includes(unit));

export function evolve(contribution: Contribution, event: ContributionEvent): Contribution {
  if (event.type === 'ContributionPledged') {
    const { contributionId, donorId, amount, budgetCurrency, restrictions } = event.data;
    const { donorName, modality, reportingFrequency, firstReportDue, pledgedBy, pledgedAt } = event.data;
    const none = zero(budgetCurrency);
    return {
      status: 'pledged',
      contributionId,
      donorId,
      donorName,
      modality,
      reportingFrequency,
      firstReportDue,
      pledgedBy,
      pledgedAt,
      pledged: amount,
      received: zero(amount.currency),
      budgetCurrency,
      restrictions,
      deposited: none,
      committed: none,
      charged: none,
      lastPeriodEnd: null,
      reports: [],
      tranches: {},
      corrections: {},
    };
  }
  if (contribution.status !== 'pledged') return contribution;
  switch (event.type) {
    case 'TrancheReceived': {
      const { trancheId, amount, receivedOn, rate, budgetAmount } = event.data;
      return {
        ...movedFigures(contribution, event),
        received: add(contribution.received, amount),
        tranches: {
          ...contribution.tranches,
          [trancheId]: { amount, receivedOn, rate, budgetAmount, reversed: false },
        },
      };
    }
    case 'PledgeCorrected':
      return { ...contribution, pledged: event.data.amount };
    case 'TrancheCorrectionProposed': {
      const { correctionId, contributionId: _, proposedAt: __, ...proposed } = event.data;
      return { ...contribution, corrections: { ...contribution.corrections, [correctionId]: proposed } };
    }
    case 'TrancheCorrectionRejected':
      return { ...contribution, corrections: without(contribution.corrections, event.data.correctionId) };
    case 'TrancheReversed': {
      const { trancheId, correctionId, amount } = event.data;
      const tranche = contribution.tranches[trancheId];
      return {
        ...movedFigures(contribution, event),
        received: subtract(contribution.received, amount),
        tranches: tranche
          ? { ...contribution.tranches, [trancheId]: { ...tranche, reversed: true } }
          : contribution.tranches,
        corrections: without(contribution.corrections, correctionId),
      };
    }
    case 'ContributionCommitted':
    case 'ContributionCommitmentReleased':
    case 'ContributionCharged':
    case 'ContributionCredited':
      return movedFigures(contribution, event);
    case 'DonorReportSubmitted': {
      const { periodEnd, submittedOn } = event.data;
      return {
        ...contribution,
        lastPeriodEnd: periodEnd,
        reports: [...contribution.reports, { periodEnd, submittedOn }],
      };
    }
    case 'DonorReportCorrected': {
      const { previous, periodEnd, submittedOn } = event.data;
      const reports = contribution.reports.map((r) =>
        r.periodEnd === previous.periodEnd ? { periodEnd, submittedOn } : r,
      );
      return { ...contribution, reports, lastPeriodEnd: reports.at(-1)?.periodEnd ?? null };
    }
    case 'ContributionOpeningBalance':
      return {
        ...movedFigures(contribution, event),
        received: add(contribution.received, event.data.received),
      };
  }
}

/** The money a source tracks in the budget currency. */
export interface SourceFigures {
  readonly deposited: Money;
  readonly committed: Money;
  readonly charged: Money;
}

/**
 * What a contribution's event does to its figures in the budget currency: one piece of arithmetic for
 * the source the decider checks and the funding-sources view that shows it.
 */
export function movedFigures<F extends SourceFigures>(figures: F, event: ContributionEvent): F {
  switch (event.type) {
    case 'TrancheReceived':
      return { ...figures, deposited: add(figures.deposited, event.data.budgetAmount) };
    case 'TrancheReversed':
      return { ...figures, deposited: subtract(figures.deposited, event.data.budgetAmount) };
    case 'ContributionCommitted':
      return { ...figures, committed: add(figures.committed, event.data.amount) };
    case 'ContributionCommitmentReleased':
      return { ...figures, committed: subtract(figures.committed, event.data.amount) };
    case 'ContributionCharged':
      return { ...figures, charged: add(figures.charged, event.data.amount) };
    case 'ContributionCredited':
      return { ...figures, charged: subtract(figures.charged, event.data.amount) };
    case 'ContributionOpeningBalance':
      return {
        ...figures,
        deposited: add(figures.deposited, event.data.deposited),
        committed: add(figures.committed, event.data.committed),
        charged: add(figures.charged, event.data.spent),
      };
    default:
      return figures;
  }
}

const without = <T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> => {
  const { [key]: _, ...rest } = record;
  return rest;
};
