import { describe, expect, it } from 'vitest';
import { auditReport } from '../../domain/audit/audit-report';
import { withDigest } from '../../domain/audit/digest';
import { csvRecords } from '../../test/support/csv-records';
import { donorStory } from '../../test/support/donor-story';
import { auditReportCsv } from './csv';

const unsigned =
  auditReport(donorStory().inRecordedOrder(), {
    processId: 'p1',
    donorId: 'eu',
    from: '2026-02-01',
    to: '2026-02-28',
  }) ??
  (() => {
    throw new Error('no report');
  })();
const report = withDigest(unsigned);
const rows = csvRecords(auditReportCsv(report));
/** What Excel looks for before it reads a CSV as UTF-8. */
const BOM = '\uFEFF';

describe('the audit report as CSV', () => {
  it('gives each contribution its opening balance, its entries and its closing balance, then, after an empty row, the totals and the digest', () => {
    expect(rows.map((r) => [r.row, r.contribution_id, r.reference])).toEqual([
      ['opening', 'c-eu', ''],
      ['disbursement', 'c-eu', 'd2'],
      ['incoming-funds', 'c-eu', 't3'],
      ['closing', 'c-eu', ''],
      ['opening', 'c-eu2', ''],
      ['disbursement', 'c-eu2', 'd4'],
      ['closing', 'c-eu2', ''],
      ['', '', ''],
      ['total-opening', '', ''],
      ['total-receipts', '', ''],
      ['total-disbursements', '', ''],
      ['total-reversals', '', ''],
      ['total-closing', '', ''],
      ['digest', '', ''],
    ]);
    expect(Object.values(rows[7] ?? {}).every((cell) => cell === '')).toBe(true);
  });

  it('shows each month ever closed, open or closed now, with every closing and reopening of it and its event', () => {
    const event = { streamId: 'p1#process#p1', version: 2, type: 'PeriodReopened', hash: 'a'.repeat(64) };
    const reopened = withDigest({
      ...unsigned,
      months: [
        {
          month: '2026-02',
          closed: false,
          changes: [
            {
              change: 'reopened' as const,
              reason: 'late bank charge',
              by: 'admin-1',
              at: '2026-03-10T09:00:00.000Z',
              event,
            },
          ],
        },
      ],
    });
    const months = csvRecords(auditReportCsv(reopened)).filter((r) => r.row?.startsWith('month'));
    expect(months.map((r) => [r.row, r.reference, r.recorded_at, r.note, r.event_hashes])).toEqual([
      ['month', '2026-02', '', 'open', ''],
      [
        'month-reopened',
        '2026-02',
        '2026-03-10T09:00:00.000Z',
        'reopened by admin-1: late bank charge',
        `p1#process#p1@2 PeriodReopened ${'a'.repeat(64)}`,
      ],
    ]);
  });

  it('has one labelled row per total of the JSON report, each amount with its currency', () => {
    const totals = rows.filter((r) => r.row?.startsWith('total-'));
    const money = Object.keys(report.totals).filter((key) => key !== 'balanced');
    expect(totals.map((r) => r.row)).toEqual(money.map((key) => `total-${key}`));
    // 53,300.00 + 11,000.00 − 3,700.00 + 0.00 = 60,600.00.
    expect(totals.map((r) => [r.budget_amount, r.budget_currency])).toEqual([
      ['53300.00', 'USD'],
      ['11000.00', 'USD'],
      ['3700.00', 'USD'],
      ['0.00', 'USD'],
      ['60600.00', 'USD'],
    ]);
    expect(totals.map((r) => r.value_date)).toEqual(['2026-02-01', '', '', '', '2026-02-28']);
  });

  it('reads in a spreadsheet as written: one header row, ISO dates, decimal amounts beside their currency', () => {
    const text = auditReportCsv(report);
    expect(text.split('\n').filter((line) => line.replace(BOM, '').startsWith('row,'))).toHaveLength(1);
    for (const row of rows) {
      for (const day of [row.value_date, row.paid_on]) expect(day).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      for (const time of [row.recorded_at, row.requested_at, row.approved_at])
        expect(time).toMatch(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/);
      const amounts = [
        [row.requested_amount, row.requested_currency],
        [row.budget_amount, row.budget_currency],
        [row.balance_budget, row.budget_currency],
        [row.contribution_amount, row.contribution_currency],
        [row.balance_contribution, row.contribution_currency],
      ];
      for (const [amount, currency] of amounts.filter(([amount]) => amount))
        expect([amount, currency]).toEqual([
          expect.stringMatching(/^-?\d+(\.\d+)?$/),
          expect.stringMatching(/^[A-Z]{3}$/),
        ]);
    }
  });

  it('starts with a byte order mark, so a spreadsheet reads its UTF-8 as UTF-8, not as its own code page', () => {
    const accented = withDigest({
      ...unsigned,
      entries: unsigned.entries.map((entry) =>
        entry.kind === 'disbursement' ? { ...entry, payee: 'Société Générale — €' } : entry,
      ),
    });
    const text = auditReportCsv(accented);
    expect(text.startsWith(`${BOM}row,`)).toBe(true);
    expect(csvRecords(text).find((r) => r.reference === 'd2')?.payee).toBe('Société Générale — €');
  });

  it('writes amounts as decimals in both currencies, with the balance after each entry', () => {
    expect(rows[0]).toMatchObject({
      budget_amount: '33300.00',
      contribution_amount: '30762.12',
      contribution_currency: 'EUR',
    });
    expect(rows[1]).toMatchObject({
      requested_amount: '2000.00',
      requested_currency: 'EUR',
      budget_amount: '2200.00',
      budget_currency: 'USD',
      contribution_amount: '2000.00',
      rate_to_budget: 'EUR/USD 1.10 of 2026-02-01 (UN operational rate of exchange)',
      contribution_rate_rule: 'request',
      balance_budget: '31100.00',
      balance_contribution: '28762.12',
      payee: 'Payee of d2',
      requested_by: 'fo-1',
      approved_by: 'head',
      paid_by: 'fo-2',
      document_sha256: '2'.repeat(64),
    });
    expect(rows[1]?.event_hashes?.split('; ')).toHaveLength(4);
  });

  it('shows the reconciliation on the closing row and the total closing, and the JSON report’s digest', () => {
    expect(rows[3]?.note).toBe(
      '33300.00 + 11000.00 - 2200.00 + 0.00 = 42100.00 USD: balanced; ' +
        '30762.12 + 10000.00 - 2000.00 + 0.00 = 38762.12 EUR: balanced; ledger agrees',
    );
    expect(rows.find((r) => r.row === 'total-closing')?.note).toBe(
      '53300.00 + 11000.00 - 3700.00 + 0.00 = 60600.00 USD: balanced',
    );
    expect(rows.at(-1)?.note).toBe(`SHA-256 over RFC 8785 JSON: ${report.digest.value}`);
  });
});

describe('text a spreadsheet would run as a formula', () => {
  // What a requester types is data: d2's and d4's words as an attacker would choose them, and d2's
  // balance after it pushed below zero (an approval with an override can overspend a source).
  const typed = {
    d2: {
      payee: '=HYPERLINK("http://x","y")',
      purpose: "+cmd|' /C calc'!A0",
      paymentReference: '-2+3',
      supportingDocument: { reference: '@SUM(A1)', sha256: '2'.repeat(64) },
    },
    d4: { payee: '\tPayee', purpose: '\rPurpose' },
  };
  const hostile = withDigest({
    ...unsigned,
    entries: unsigned.entries.map((entry) =>
      entry.kind === 'disbursement' && (entry.disbursementId === 'd2' || entry.disbursementId === 'd4')
        ? {
            ...entry,
            ...typed[entry.disbursementId],
            ...(entry.disbursementId === 'd2'
              ? { balanceAfter: { budget: { amount: -500_00, currency: 'USD' }, contribution: null } }
              : {}),
          }
        : entry,
    ),
  });
  const written = csvRecords(auditReportCsv(hostile));
  const d2 = written.find((r) => r.reference === 'd2');
  const d4 = written.find((r) => r.reference === 'd4');

  it('starts each text cell beginning with =, +, -, @, tab or carriage return with a quote, as OWASP advises', () => {
    expect(d2).toMatchObject({
      payee: `'=HYPERLINK("http://x","y")`,
      purpose: "'+cmd|' /C calc'!A0",
      payment_reference: "'-2+3",
      document_reference: "'@SUM(A1)",
    });
    expect(d4).toMatchObject({ payee: "'\tPayee", purpose: "'\rPurpose" });
  });

  it('leaves amounts as numbers, a negative one too, and other text as it was', () => {
    expect(d2).toMatchObject({ budget_amount: '2200.00', balance_budget: '-500.00', line_id: 'COM-1' });
    expect(d4).toMatchObject({ payment_reference: 'EFT-d4', budget_amount: '1500.00' });
  });
});
