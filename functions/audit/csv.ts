import { type CastingContext, stringify } from 'csv-stringify/sync';
import type { AuditReport } from '../../domain/audit/audit-report';
import type { Reconciliation } from '../../domain/audit/books';
import type { Digest } from '../../domain/audit/digest';
import type { AuditEntry, EventRef } from '../../domain/audit/entries';
import { decimal, type ExchangeRate, type Money } from '../../domain/money';

const columns = [
  'row',
  'contribution_id',
  'iati_transaction_type',
  'recorded_at',
  'value_date',
  'reference',
  'payee',
  'purpose',
  'line_id',
  'requested_by',
  'requested_at',
  'approved_by',
  'approved_at',
  'paid_by',
  'paid_on',
  'payment_reference',
  'override_reason',
  'payment_override_reason',
  'reversal_reason',
  'requested_amount',
  'requested_currency',
  'budget_amount',
  'budget_currency',
  'contribution_amount',
  'contribution_currency',
  'rate_to_budget',
  'contribution_rate_rule',
  'rate_to_contribution',
  'balance_budget',
  'balance_contribution',
  'document_reference',
  'document_sha256',
  'event_hashes',
  'note',
] as const;

type Column = (typeof columns)[number];
type Row = Partial<Record<Column, string>>;

/** The columns `decimal` writes: numbers to a spreadsheet, a negative one too, so never quoted as text. */
const amountColumns: ReadonlySet<string | number | undefined> = new Set<Column>([
  'requested_amount',
  'budget_amount',
  'contribution_amount',
  'balance_budget',
  'balance_contribution',
]);

/**
 * Payees, purposes, references and reasons are typed by whoever asked, and a spreadsheet runs a cell
 * starting with =, +, -, @, tab or carriage return as a formula (`=HYPERLINK(…)`, `+cmd|…`). As OWASP
 * advises for CSV injection, such a text cell goes out behind a single quote, which shows it as text.
 */
const FORMULA = /^[=+\-@\t\r]/;
const asText = (cell: string, { header, column }: CastingContext): string =>
  header || amountColumns.has(column) || !FORMULA.test(cell) ? cell : `'${cell}`;

const rateText = (rate: ExchangeRate | null) =>
  rate ? `${rate.base}/${rate.quote} ${rate.rate} of ${rate.date} (${rate.source})` : '';

const equation = (r: Reconciliation | null) =>
  r
    ? `${decimal(r.opening)} + ${decimal(r.receipts)} - ${decimal(r.disbursements)} + ${decimal(r.reversals)} = ${decimal(r.closing)} ${r.closing.currency}: ${r.balanced ? 'balanced' : 'NOT BALANCED'}`
    : 'not shown in the contribution currency: a payment had no rate';

/** An event as an auditor looks it up: its stream, version, type and hash. */
const eventCell = (e: EventRef) => `${e.streamId}@${e.version} ${e.type} ${e.hash}`;

function entryRow(entry: AuditEntry): Row {
  const common: Row = {
    row: entry.kind,
    contribution_id: entry.contributionId,
    iati_transaction_type: entry.iatiTransactionType,
    recorded_at: entry.recordedAt,
    value_date: entry.valueDate,
    budget_amount: decimal(entry.amount.budget),
    budget_currency: entry.amount.budget.currency,
    contribution_amount: decimal(entry.amount.contribution),
    contribution_currency: entry.amount.contribution?.currency ?? '',
    balance_budget: decimal(entry.balanceAfter.budget),
    balance_contribution: decimal(entry.balanceAfter.contribution),
    event_hashes: entry.events.map(eventCell).join('; '),
  };
  if (entry.kind === 'incoming-funds')
    return {
      ...common,
      reference: entry.trancheId,
      requested_by: entry.receivedBy,
      rate_to_budget: rateText(entry.rate),
      // A correction's reversing entry: its reason and approver, like a payment's reversal.
      approved_by: entry.reversal?.reversedBy ?? '',
      approved_at: entry.reversal?.reversedAt ?? '',
      reversal_reason: entry.reversal?.reason ?? '',
    };
  return {
    ...common,
    reference: entry.disbursementId,
    payee: entry.payee,
    purpose: entry.purpose,
    line_id: entry.lineId,
    requested_by: entry.requestedBy,
    requested_at: entry.requestedAt,
    approved_by: entry.approvedBy,
    approved_at: entry.approvedAt,
    paid_by: entry.paidBy,
    paid_on: entry.paidOn,
    payment_reference: entry.paymentReference,
    override_reason: entry.override?.reason ?? '',
    payment_override_reason: entry.paymentOverride?.reason ?? '',
    reversal_reason: entry.kind === 'reversal' ? entry.reason : '',
    requested_amount: decimal(entry.requested),
    requested_currency: entry.requested.currency,
    rate_to_budget: rateText(entry.rateToBudget),
    contribution_rate_rule: entry.toContribution.rule,
    rate_to_contribution: rateText(entry.toContribution.rate),
    document_reference: entry.supportingDocument?.reference ?? '',
    document_sha256: entry.supportingDocument?.sha256 ?? '',
  };
}

/**
 * The donor's totals, one labelled row per amount of the JSON report's `totals`; the balances are dated
 * like a contribution's, the flows span the period, and the closing row reconciles them.
 */
const totalRows = (report: AuditReport): Row[] =>
  (['opening', 'receipts', 'disbursements', 'reversals', 'closing'] as const).map((key) => ({
    row: `total-${key}`,
    value_date: key === 'opening' ? report.period.from : key === 'closing' ? report.period.to : '',
    budget_amount: decimal(report.totals[key]),
    budget_currency: report.budgetCurrency,
    ...(key === 'closing' ? { note: equation(report.totals) } : {}),
  }));

/** Each month of the period ever closed, closed or open now, then each closing and reopening of it: none passes silently. */
const monthRows = (report: AuditReport): Row[] =>
  report.months.flatMap(({ month, closed, changes }) => [
    { row: 'month', reference: month, note: closed ? 'closed' : 'open' },
    ...changes.map(
      (c): Row => ({
        row: `month-${c.change}`,
        reference: month,
        recorded_at: c.at,
        note:
          c.change === 'closed'
            ? `closed by ${c.by}, proposed by ${c.proposedBy}`
            : `reopened by ${c.by}: ${c.reason}`,
        event_hashes: eventCell(c.event),
      }),
    ),
  ]);

/**
 * The audit report as a spreadsheet: per contribution its opening balance, its entries in the order
 * recorded, and its closing balance with the reconciliation; then, set apart by an empty row, the
 * donor's totals, the months of the period with their closings and reopenings, and the digest of the JSON report this rendering comes from (verify that, not the CSV).
 */
export function auditReportCsv(report: AuditReport & { digest: Digest }): string {
  const rows: Row[] = report.contributions.flatMap((section) => {
    const balances = (row: string, pick: (r: Reconciliation) => Money): Row => ({
      row,
      contribution_id: section.contributionId,
      value_date: row === 'opening' ? report.period.from : report.period.to,
      budget_amount: decimal(pick(section.budget)),
      budget_currency: report.budgetCurrency,
      contribution_amount: section.contribution ? decimal(pick(section.contribution)) : '',
      contribution_currency: section.currency,
    });
    const imported = section.openingImported;
    return [
      balances('opening', (r) => r.opening),
      ...(imported
        ? [
            {
              row: 'opening-imported',
              contribution_id: section.contributionId,
              value_date: imported.asOf,
              budget_amount: decimal(imported.amount.budget),
              budget_currency: report.budgetCurrency,
              contribution_amount: decimal(imported.amount.contribution),
              contribution_currency: section.currency,
              approved_by: imported.approvedBy,
              approved_at: imported.approvedAt,
              event_hashes: eventCell(imported.event),
              note: imported.description,
            },
          ]
        : []),
      ...report.entries.filter((e) => e.contributionId === section.contributionId).map(entryRow),
      {
        ...balances('closing', (r) => r.closing),
        note: `${equation(section.budget)}; ${equation(section.contribution)}; ledger ${section.ledger.agrees ? 'agrees' : 'DISAGREES'}`,
      },
    ];
  });
  // Empty fields rather than a bare line break: a blank row in the sheet, and every record as wide as the header.
  rows.push({}, ...totalRows(report), ...monthRows(report), {
    row: 'digest',
    note: `${report.digest.algorithm} over ${report.digest.canonicalization} JSON: ${report.digest.value}`,
  });
  // The byte order mark is what makes Excel read the file as UTF-8 (a payee's é, a €) rather than in
  // the machine's code page; every other reader skips it.
  return stringify(rows, { bom: true, header: true, columns: [...columns], cast: { string: asText } });
}
