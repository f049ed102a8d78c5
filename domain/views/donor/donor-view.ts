import { answeredBy, reportingStatus } from '../../contribution/reporting-calendar';
import { saturatingAdd, saturatingSubtract, zero } from '../../money';
import type { StaffRow } from '../staffing';
import { type DonorContributionRow, lastPeriodEndOf } from './contributions';
import { deliveryRate } from './delivery-rate';
import { fundedStaff } from './funded-staff';
import { byKey, type LineInfo, paidFor, spendingOf, sum } from './paid-for';
import type { SourceLineSpendingRow } from './spending';

export interface DonorViewInput {
  readonly donorId: string;
  readonly contributions: readonly DonorContributionRow[];
  readonly spending: readonly SourceLineSpendingRow[];
  readonly lines: ReadonlyMap<string, LineInfo>;
  /** The staffing view's rows: the donor's funded staff are the appointments its sources pay. */
  readonly staff: readonly StaffRow[];
  readonly today: string;
}

function contributionView(
  row: DonorContributionRow,
  spending: readonly SourceLineSpendingRow[],
  today: string,
) {
  const budgetCurrency = row.deposited.currency;
  // Payments net of reversals, and what was spent before the system (by no line: paidFor leaves it out).
  const spent = saturatingAdd(
    spendingOf(spending, budgetCurrency).net,
    row.openingSpent ?? zero(budgetCurrency),
  );
  return {
    contributionId: row.contributionId,
    modality: row.modality,
    currency: row.pledged.currency,
    restrictions: row.restrictions,
    pledgedAt: row.pledgedAt,
    // In the contribution's currency; IATI: incoming pledge (13), incoming funds (1).
    pledged: row.pledged,
    pledgeCorrections: row.pledgeCorrections ?? [],
    received: row.received,
    outstanding: saturatingSubtract(row.pledged, row.received),
    // In the budget currency; IATI: outgoing commitment (2), disbursement (3).
    committed: row.committed,
    spent,
    available: saturatingSubtract(saturatingSubtract(row.deposited, row.committed), row.charged),
    trustFund: {
      pledged: row.pledged,
      deposited: row.received,
      transferred: row.deposited,
      spent,
      deliveryRatePercent: deliveryRate(spent, row.deposited),
    },
    reporting: {
      frequency: row.reportingFrequency,
      firstReportDue: row.firstReportDue,
      ...reportingStatus(row, lastPeriodEndOf(row), today),
      submitted: row.reports.map(({ periodEnd, submittedOn, document, corrections }, i) => {
        const answers = answeredBy(row, row.reports[i - 1]?.periodEnd ?? null, periodEnd);
        // A report that answers no date (part of a period) is neither on time nor late.
        const onTime = answers.length === 0 ? null : answers.every((due) => submittedOn <= due);
        return { answers, periodEnd, submittedOn, document, onTime, ...(corrections ? { corrections } : {}) };
      }),
    },
  };
}

export type ContributionView = ReturnType<typeof contributionView>;

/**
 * A donor's reporting lines: its contributions with pledged, received and outstanding; the trust-fund
 * figures; the staff its money pays with their reporting lines; what its money paid for by line, unit
 * and cost category; and its reporting calendar. Undefined when the donor has no contribution.
 */
export function donorView(input: DonorViewInput) {
  const contributions = input.contributions
    .filter((c) => c.donorId === input.donorId)
    .sort(byKey((c) => `${c.pledgedAt}#${c.contributionId}`));
  const first = contributions[0];
  if (!first) return undefined;
  const budgetCurrency = first.deposited.currency;
  const ids = new Set(contributions.map((c) => c.contributionId));
  const spending = input.spending.filter((s) => ids.has(s.fundingSourceId));
  const views = contributions.map((c) =>
    contributionView(
      c,
      spending.filter((s) => s.fundingSourceId === c.contributionId),
      input.today,
    ),
  );
  const transferred = sum(
    contributions.map((c) => c.deposited),
    budgetCurrency,
  );
  const spent = sum(
    views.map((v) => v.spent),
    budgetCurrency,
  );

  return {
    donorId: input.donorId,
    donorName: first.donorName,
    budgetCurrency,
    contributions: views,
    totals: {
      byCurrency: [...new Set(views.map((v) => v.currency))].sort().map((currency) => {
        const of = views.filter((v) => v.currency === currency);
        const pledged = sum(
          of.map((v) => v.pledged),
          currency,
        );
        const received = sum(
          of.map((v) => v.received),
          currency,
        );
        return { currency, pledged, received, outstanding: saturatingSubtract(pledged, received) };
      }),
      transferred,
      committed: sum(
        views.map((v) => v.committed),
        budgetCurrency,
      ),
      spent,
      available: sum(
        views.map((v) => v.available),
        budgetCurrency,
      ),
      deliveryRatePercent: deliveryRate(spent, transferred),
    },
    staff: fundedStaff(input.staff, ids, input.today),
    paidFor: paidFor(spending, input.lines, budgetCurrency),
    reporting: nextReport(views),
  };
}

export type DonorView = NonNullable<ReturnType<typeof donorView>>;

/** The donor's next report across its contributions: the earliest date due, and whether any is late. */
function nextReport(views: readonly ContributionView[]) {
  const earliest = [...views].sort(byKey((v) => v.reporting.nextDue))[0];
  return {
    nextDue: earliest?.reporting.nextDue ?? null,
    nextDueFor: earliest?.contributionId ?? null,
    overdue: views.some((v) => v.reporting.overdue),
    overdueReports: views.reduce((n, v) => n + v.reporting.overdueReports, 0),
  };
}

/** Every donor of a process with its headline figures: the list a finance officer starts from. */
export function donorSummaries(input: Omit<DonorViewInput, 'donorId'>) {
  const donorIds = [...new Set(input.contributions.map((c) => c.donorId))].sort();
  return donorIds.flatMap((donorId) => {
    const view = donorView({ ...input, donorId });
    if (!view) return [];
    const { totals, reporting } = view;
    return [
      {
        donorId,
        donorName: view.donorName,
        contributions: view.contributions.length,
        pledged: totals.byCurrency.map((c) => c.pledged),
        received: totals.byCurrency.map((c) => c.received),
        transferred: totals.transferred,
        spent: totals.spent,
        deliveryRatePercent: totals.deliveryRatePercent,
        reporting,
      },
    ];
  });
}
