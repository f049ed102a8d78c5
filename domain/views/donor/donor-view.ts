import type { CostCategory, Unit } from '../../../events/schemas';
import { reportingStatus } from '../../contribution/reporting-calendar';
import { add, type Money, subtract, zero } from '../../money';
import type { DonorContributionRow, SubmittedReport } from './contributions';
import { deliveryRate } from './delivery-rate';
import type { FundedStaffRow } from './funded-staff';
import type { SourceLineSpendingRow } from './spending';

/** What the budget view knows of a line; null fields when the line is not (yet) in it. */
export interface LineInfo {
  readonly unit: Unit;
  readonly activity: string;
  readonly costCategory: CostCategory;
}

export interface DonorViewInput {
  readonly donorId: string;
  readonly contributions: readonly DonorContributionRow[];
  readonly spending: readonly SourceLineSpendingRow[];
  readonly lines: ReadonlyMap<string, LineInfo>;
  readonly staff: readonly FundedStaffRow[];
  readonly today: string;
}

/** Paid, reversed and net in the budget currency, for a line, a unit or a cost category. */
export interface Spending {
  readonly paid: Money;
  readonly reversed: Money;
  readonly net: Money;
}

const sum = (amounts: readonly Money[], currency: string): Money =>
  amounts.reduce((total, amount) => add(total, amount), zero(currency));

const spendingOf = (rows: readonly SourceLineSpendingRow[], currency: string): Spending => {
  const paid = sum(
    rows.map((r) => r.paid),
    currency,
  );
  const reversed = sum(
    rows.map((r) => r.reversed),
    currency,
  );
  return { paid, reversed, net: subtract(paid, reversed) };
};

function groupBy<K extends string>(
  rows: readonly SourceLineSpendingRow[],
  keyOf: (row: SourceLineSpendingRow) => K,
): Map<K, SourceLineSpendingRow[]> {
  const groups = new Map<K, SourceLineSpendingRow[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

function contributionView(
  row: DonorContributionRow,
  spending: readonly SourceLineSpendingRow[],
  today: string,
) {
  const budgetCurrency = row.deposited.currency;
  const spent = spendingOf(spending, budgetCurrency).net;
  return {
    contributionId: row.contributionId,
    modality: row.modality,
    currency: row.pledged.currency,
    restrictions: row.restrictions,
    pledgedAt: row.pledgedAt,
    // In the contribution's currency; IATI: incoming pledge (13), incoming funds (1).
    pledged: row.pledged,
    received: row.received,
    outstanding: subtract(row.pledged, row.received),
    // In the budget currency; IATI: outgoing commitment (2), disbursement (3).
    committed: row.committed,
    spent,
    available: subtract(subtract(row.deposited, row.committed), row.charged),
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
      ...reportingStatus(row, row.reports.length, today),
      submitted: row.reports.map((report: SubmittedReport) => ({
        ...report,
        onTime: report.submittedOn <= report.dueDate,
      })),
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
  const line = (lineId: string) => input.lines.get(lineId);
  const transferred = sum(
    contributions.map((c) => c.deposited),
    budgetCurrency,
  );
  const spent = spendingOf(spending, budgetCurrency).net;

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
        return { currency, pledged, received, outstanding: subtract(pledged, received) };
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
    staff: input.staff
      .filter((s) => ids.has(s.fundingSourceId))
      .sort(byKey((s) => `${s.startDate}#${s.appointmentId}`)),
    paidFor: {
      total: spendingOf(spending, budgetCurrency),
      byLine: [...groupBy(spending, (s) => s.lineId)]
        .map(([lineId, rows]) => ({
          lineId,
          unit: line(lineId)?.unit ?? null,
          activity: line(lineId)?.activity ?? null,
          costCategory: line(lineId)?.costCategory ?? null,
          ...spendingOf(rows, budgetCurrency),
          payments: rows.reduce((n, r) => n + r.payments, 0),
          reversals: rows.reduce((n, r) => n + r.reversals, 0),
        }))
        .sort(byKey((l) => l.lineId)),
      byUnit: [...groupBy(spending, (s) => line(s.lineId)?.unit ?? 'unknown')]
        .map(([unit, rows]) => ({ unit, ...spendingOf(rows, budgetCurrency) }))
        .sort(byKey((u) => u.unit)),
      byCostCategory: [...groupBy(spending, (s) => line(s.lineId)?.costCategory ?? 'unknown')]
        .map(([costCategory, rows]) => ({ costCategory, ...spendingOf(rows, budgetCurrency) }))
        .sort(byKey((c) => c.costCategory)),
    },
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
