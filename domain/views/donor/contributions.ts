import type { Modality, ReportingFrequency, Restrictions } from '../../../events/catalog/contribution';
import type { StoredEvent } from '../../../events/envelope';
import { type Money, saturatingAdd, saturatingSubtract, zero } from '../../money';
import type { Projection, RowKey } from '../projection';

/** A report as sent: the dates it answers follow from its period end and the calendar. */
export interface SubmittedReport {
  readonly periodEnd: string;
  readonly submittedOn: string;
  readonly document: { readonly reference: string; readonly sha256: string };
  /** Each correction of its period or day, oldest first, when it had one. */
  readonly corrections?: readonly ReportCorrection[];
}

export interface ReportCorrection {
  readonly previous: { readonly periodEnd: string; readonly submittedOn: string };
  readonly reason: string;
  readonly correctedAt: string;
}

export interface PledgeCorrection {
  readonly previous: Money;
  readonly amount: Money;
  readonly reason: string;
  readonly correctedAt: string;
}

/** One contribution as its donor sees it: the pledge, the money in and out, and the reports sent. */
export interface DonorContributionRow {
  readonly contributionId: string;
  readonly donorId: string;
  readonly donorName: string;
  readonly modality: Modality;
  readonly restrictions: Restrictions;
  readonly pledgedAt: string;
  /** In the contribution's currency. */
  readonly pledged: Money;
  readonly received: Money;
  /** In the budget currency: tranches at their rates, open commitments, approvals net of reversals. */
  readonly deposited: Money;
  readonly committed: Money;
  readonly charged: Money;
  /** Spent before the system, from approved opening balances; absent from rows projected before they existed. */
  readonly openingSpent?: Money;
  readonly reportingFrequency: ReportingFrequency;
  readonly firstReportDue: string;
  readonly reports: readonly SubmittedReport[];
  /**
   * Each correction of the pledged amount, oldest first: `pledged` is the last one's. Absent from a row
   * written before pledges could be corrected, until its first correction.
   */
  readonly pledgeCorrections?: readonly PledgeCorrection[];
  /** The version of the contribution's stream these figures include. */
  readonly version: number;
}

/** The end of the last period reported: reports follow one another, each covering a later period. */
export const lastPeriodEndOf = (row: Pick<DonorContributionRow, 'reports'>): string | null =>
  row.reports.at(-1)?.periodEnd ?? null;

export const donorContributionsPartition = (processId: string): string => `${processId}#donor-contributions`;

/**
 * Every contribution of a process, one row each, fed by the contribution's own stream only. Keyed by
 * process, not donor, because only the pledge names the donor: a query reads the process's
 * contributions (tens) and keeps the donor's.
 */
export const donorContributionsProjection: Projection<DonorContributionRow> = {
  name: 'donor-contributions',
  aggregates: ['contribution'],
  rowOf(event): RowKey | undefined {
    const { contributionId } = event.data as { contributionId?: string };
    if (!contributionId) return undefined;
    return {
      pk: donorContributionsPartition(event.metadata.processId),
      sk: `contribution#${contributionId}`,
    };
  },
  apply(row, event: StoredEvent): DonorContributionRow {
    if (event.type === 'ContributionPledged') {
      const { amount, budgetCurrency, pledgedBy: _, pledgedAt, ...pledge } = event.data;
      const none = zero(budgetCurrency);
      return {
        contributionId: pledge.contributionId,
        donorId: pledge.donorId,
        donorName: pledge.donorName,
        modality: pledge.modality,
        restrictions: pledge.restrictions,
        pledgedAt,
        pledged: amount,
        received: zero(amount.currency),
        deposited: none,
        committed: none,
        charged: none,
        reportingFrequency: pledge.reportingFrequency,
        firstReportDue: pledge.firstReportDue,
        reports: [],
        pledgeCorrections: [],
        version: event.version,
      };
    }
    if (!row) throw new Error(`${event.type} on ${event.streamId} before the pledge`);
    const next = (changes: Partial<DonorContributionRow>) => ({ ...row, ...changes, version: event.version });
    switch (event.type) {
      case 'TrancheReceived':
        return next({
          received: saturatingAdd(row.received, event.data.amount),
          deposited: saturatingAdd(row.deposited, event.data.budgetAmount),
        });
      case 'PledgeCorrected': {
        const { previous, amount, reason, correctedAt } = event.data;
        return next({
          pledged: amount,
          pledgeCorrections: [...(row.pledgeCorrections ?? []), { previous, amount, reason, correctedAt }],
        });
      }
      case 'TrancheReversed':
        return next({
          received: saturatingSubtract(row.received, event.data.amount),
          deposited: saturatingSubtract(row.deposited, event.data.budgetAmount),
        });
      // A correction moves money only once approved.
      case 'TrancheCorrectionProposed':
      case 'TrancheCorrectionRejected':
        return next({});
      case 'ContributionCommitted':
        return next({ committed: saturatingAdd(row.committed, event.data.amount) });
      case 'ContributionCommitmentReleased':
        return next({ committed: saturatingSubtract(row.committed, event.data.amount) });
      case 'ContributionCharged':
        return next({ charged: saturatingAdd(row.charged, event.data.amount) });
      case 'ContributionCredited':
        return next({ charged: saturatingSubtract(row.charged, event.data.amount) });
      case 'ContributionOpeningBalance': {
        const { received, deposited, committed, spent } = event.data;
        return next({
          received: saturatingAdd(row.received, received),
          deposited: saturatingAdd(row.deposited, deposited),
          committed: saturatingAdd(row.committed, committed),
          charged: saturatingAdd(row.charged, spent),
          openingSpent: row.openingSpent ? saturatingAdd(row.openingSpent, spent) : spent,
        });
      }
      case 'DonorReportSubmitted': {
        const { periodEnd, submittedOn, document } = event.data;
        return next({ reports: [...row.reports, { periodEnd, submittedOn, document }] });
      }
      case 'DonorReportCorrected': {
        const { previous, periodEnd, submittedOn, reason, correctedAt } = event.data;
        const correction = { previous, reason, correctedAt };
        return next({
          reports: row.reports.map((r) =>
            r.periodEnd === previous.periodEnd
              ? { ...r, periodEnd, submittedOn, corrections: [...(r.corrections ?? []), correction] }
              : r,
          ),
        });
      }
      default:
        throw new Error(`the donor contributions view does not apply ${event.type}`);
    }
  },
};
