import { describe, expect, it } from 'vitest';
import { donorStory } from '../../test/support/donor-story';
import { auditReport } from './audit-report';
import { digestOf, expectedDigestOf, withDigest } from './digest';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const log = donorStory().inRecordedOrder();
const february = { processId: 'p1', donorId: 'eu', from: '2026-02-01', to: '2026-02-28' };
const report = auditReport(log, february);

describe('a donor’s audit report for a period', () => {
  it('opens each contribution with its balance before the period, in both currencies', () => {
    // c-eu before 1 Feb: tranche USD 43,300.00 (EUR 40,000.00) − d1 USD 10,000.00, which is
    // EUR 9,237.88 at January's 1.0825 (10,000.00 ÷ 1.0825 = 9,237.875…): USD 33,300.00, EUR 30,762.12.
    expect(report?.contributions[0]).toMatchObject({
      contributionId: 'c-eu',
      currency: 'EUR',
      budget: { opening: usd(33_300_00) },
      contribution: { opening: eur(30_762_12) },
    });
    // c-eu2 is in USD: its tranche of 20,000.00, nothing spent before February.
    expect(report?.contributions[1]?.budget.opening).toEqual(usd(20_000_00));
  });

  it('lists each receipt and payment recorded in the period, in the order recorded, with the balance after it', () => {
    expect(
      report?.entries.map((e) => [e.kind, e.contributionId, e.valueDate, e.amount, e.balanceAfter]),
    ).toEqual([
      // d2: EUR 2,000.00 at 1.10 = USD 2,200.00; 33,300.00 − 2,200.00 = 31,100.00; EUR 30,762.12 − 2,000.00.
      [
        'disbursement',
        'c-eu',
        '2026-02-05',
        { budget: usd(2_200_00), contribution: eur(2_000_00) },
        { budget: usd(31_100_00), contribution: eur(28_762_12) },
      ],
      // d4 from c-eu2: 20,000.00 − 1,500.00.
      [
        'disbursement',
        'c-eu2',
        '2026-02-17',
        { budget: usd(1_500_00), contribution: usd(1_500_00) },
        { budget: usd(18_500_00), contribution: usd(18_500_00) },
      ],
      // t3: EUR 10,000.00 at 1.10 = USD 11,000.00; 31,100.00 + 11,000.00; EUR 28,762.12 + 10,000.00.
      [
        'incoming-funds',
        'c-eu',
        '2026-02-20',
        { budget: usd(11_000_00), contribution: eur(10_000_00) },
        { budget: usd(42_100_00), contribution: eur(38_762_12) },
      ],
    ]);
  });

  it('names who asked, approved and paid, for what, at which rates, with the document’s and events’ hashes', () => {
    const d2 = report?.entries[0];
    const events = log.filter(
      (e) =>
        e.streamId === 'p1#disbursement#d2' || (e.streamId === 'p1#contribution#c-eu' && e.version === 4),
    );
    expect(d2).toMatchObject({
      kind: 'disbursement',
      iatiTransactionType: '3',
      disbursementId: 'd2',
      lineId: 'COM-1',
      payee: 'Payee of d2',
      purpose: 'Purpose of d2',
      requested: eur(2_000_00),
      requestedBy: 'fo-1',
      requestedAt: '2026-02-03T09:00:00.000Z',
      approvedBy: 'head',
      approvedAt: '2026-02-04T09:00:00.000Z',
      override: null,
      paidBy: 'fo-2',
      paidOn: '2026-02-05',
      paymentReference: 'EFT-d2',
      supportingDocument: { reference: 'INV-2', sha256: '2'.repeat(64) },
      rateToBudget: { base: 'EUR', quote: 'USD', rate: '1.10', date: '2026-02-01' },
      toContribution: { rule: 'request', rate: { rate: '1.10' } },
    });
    // Request, approval and payment on d2's stream; the charge is version 4 of c-eu's
    // (pledge, tranche, d1's charge, d2's charge).
    expect(d2?.events.map((e) => [e.streamId, e.version, e.type, e.hash])).toEqual(
      ['DisbursementRequested', 'DisbursementApproved', 'ContributionCharged', 'DisbursementPaid'].map(
        (type) => {
          const event = events.find((e) => e.type === type);
          return [event?.streamId, event?.version, type, event?.hash];
        },
      ),
    );
  });

  it('closes with the reconciliation opening + receipts − disbursements + reversals = closing, checked', () => {
    // c-eu: 33,300.00 + 11,000.00 − 2,200.00 + 0 = 42,100.00; EUR 30,762.12 + 10,000.00 − 2,000.00 = 38,762.12.
    expect(report?.contributions[0]?.budget).toEqual({
      opening: usd(33_300_00),
      receipts: usd(11_000_00),
      disbursements: usd(2_200_00),
      reversals: usd(0),
      closing: usd(42_100_00),
      balanced: true,
    });
    expect(report?.contributions[0]?.contribution).toEqual({
      opening: eur(30_762_12),
      receipts: eur(10_000_00),
      disbursements: eur(2_000_00),
      reversals: eur(0),
      closing: eur(38_762_12),
      balanced: true,
    });
    // The donor in the budget currency: 53,300.00 + 11,000.00 − 3,700.00 = 60,600.00.
    expect(report?.totals).toEqual({
      opening: usd(53_300_00),
      receipts: usd(11_000_00),
      disbursements: usd(3_700_00),
      reversals: usd(0),
      closing: usd(60_600_00),
      balanced: true,
    });
  });

  it('agrees with the contribution’s own ledger: deposited − charged + approved but unpaid', () => {
    // c-eu by 28 Feb: 54,300.00 deposited − (10,000 + 2,200 + 3,000) charged + d3's 3,000.00 unpaid = 42,100.00.
    expect(report?.contributions[0]?.ledger).toEqual({
      deposited: usd(54_300_00),
      chargedNetOfCredits: usd(15_200_00),
      approvedNotPaid: usd(3_000_00),
      balance: usd(42_100_00),
      agrees: true,
    });
  });

  it('shows a reversal at its payment’s rates, and a payment in another currency at the recorded rate', () => {
    const march = auditReport(log, {
      ...february,
      contributionId: 'c-eu',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(march?.contributions.map((c) => c.contributionId)).toEqual(['c-eu']);
    // Reversal of d2: the EUR 2,000.00 of its request; d5: USD 5,500.00 ÷ 1.10 (recorded for 1 Feb,
    // the latest on or before 7 Mar) = EUR 5,000.00.
    expect(
      march?.entries.map((e) => [
        e.kind,
        e.kind === 'incoming-funds' ? e.trancheId : e.disbursementId,
        e.amount,
        e.kind === 'incoming-funds' ? null : e.toContribution,
      ]),
    ).toEqual([
      [
        'reversal',
        'd2',
        { budget: usd(2_200_00), contribution: eur(2_000_00) },
        expect.objectContaining({ rule: 'request' }),
      ],
      [
        'disbursement',
        'd5',
        { budget: usd(5_500_00), contribution: eur(5_000_00) },
        { rule: 'recorded', rate: expect.objectContaining({ rate: '1.10', date: '2026-02-01' }) },
      ],
    ]);
    expect(march?.entries[1]?.events.at(-1)).toMatchObject({
      streamId: 'p1#exchange-rate#EUR-USD-2026-02-01',
      version: 1,
      type: 'ExchangeRateRecorded',
    });
    // 42,100.00 + 0 − 5,500.00 + 2,200.00 = 38,800.00; EUR 38,762.12 − 5,000.00 + 2,000.00 = 35,762.12.
    expect(march?.contributions[0]?.budget).toMatchObject({
      opening: usd(42_100_00),
      closing: usd(38_800_00),
      balanced: true,
    });
    expect(march?.contributions[0]?.contribution).toMatchObject({
      opening: eur(38_762_12),
      closing: eur(35_762_12),
    });
    expect(march?.contributions[0]?.ledger).toMatchObject({ balance: usd(38_800_00), agrees: true });
  });

  it('names every stream it rests on: the contributions, the disbursements and the rates used', () => {
    expect(report?.streams).toEqual([
      'p1#contribution#c-eu',
      'p1#contribution#c-eu2',
      'p1#disbursement#d2',
      'p1#disbursement#d4',
    ]);
  });

  it('does not exist for a donor, or a contribution of it, without a pledge by the period’s end', () => {
    expect(auditReport(log, { ...february, donorId: 'nobody' })).toBeUndefined();
    expect(auditReport(log, { ...february, contributionId: 'c-un' })).toBeUndefined();
  });
});

describe('a period by value date', () => {
  it('counts a payment in the month it was made, though entered in the next, showing both dates', () => {
    // d4 was paid on 17 Feb and entered on 2 Mar: February's, not March's.
    const d4 = report?.entries.find((e) => e.kind === 'disbursement' && e.disbursementId === 'd4');
    expect(d4).toMatchObject({ valueDate: '2026-02-17', recordedAt: '2026-03-02T09:00:00.000Z' });
    const march = auditReport(log, { ...february, from: '2026-03-01', to: '2026-03-31' });
    expect(march?.entries.map((e) => e.kind === 'incoming-funds' || e.disbursementId)).not.toContain('d4');
    expect(march?.contributions[1]?.budget.opening).toEqual(usd(18_500_00));
  });

  it('leaves out what was not yet recorded at knownAt, whatever its value date', () => {
    const knownAt = '2026-03-01T23:59:59.999Z';
    const then = auditReport(log, { ...february, knownAt });
    expect(then?.entries.map((e) => e.valueDate)).toEqual(['2026-02-05', '2026-02-20']);
    expect(then?.contributions[1]?.budget.closing).toEqual(usd(20_000_00));
    expect(then?.period).toEqual({ from: '2026-02-01', to: '2026-02-28', basis: 'value-date', knownAt });
  });

  it('leaves out what moved after the period, though recorded before the report', () => {
    // d5 (7 Mar) and d2's reversal (2 Mar) are in the log but not in February's books, nor its ledger check.
    expect(report?.contributions[0]?.budget.closing).toEqual(usd(42_100_00));
    expect(report?.contributions[0]?.ledger.agrees).toBe(true);
  });
});

describe('a past period', () => {
  it('is the same report whatever was recorded after its knownAt', () => {
    const knownAt = '2026-02-28T23:59:59.999Z';
    const untilFebruary = log.filter((e) => e.metadata.recordedAt <= knownAt);
    expect(auditReport(log, { ...february, knownAt })).toEqual(
      auditReport(untilFebruary, { ...february, knownAt }),
    );
    expect(untilFebruary.length).toBeLessThan(log.length);
  });
});

describe('the report’s digest', () => {
  it('is SHA-256 over its canonical JSON, so key order does not change it and any value does', () => {
    const signed = withDigest(report ?? {});
    expect(signed.digest).toEqual({
      algorithm: 'SHA-256',
      canonicalization: 'RFC 8785',
      value: digestOf(report ?? {}),
    });
    expect(expectedDigestOf(signed)).toBe(signed.digest.value);
    expect(digestOf({ b: 1, a: [1, 2] })).toBe(digestOf({ a: [1, 2], b: 1 }));
    const edited = { ...signed, donorName: 'Someone else' };
    expect(expectedDigestOf(edited)).not.toBe(signed.digest.value);
  });
});

describe('an opening balance imported when the process started mid-mandate', () => {
  // Given c-eu2's balances as of 31 January approved: USD 5,000.00 received and 2,000.00 spent before the system.
  const story = donorStory();
  story.append(
    'contribution',
    'c-eu2',
    {
      type: 'ContributionOpeningBalance',
      data: {
        contributionId: 'c-eu2',
        received: usd(5_000_00),
        deposited: usd(5_000_00),
        spent: usd(2_000_00),
        committed: usd(0),
        asOf: '2026-01-31',
        proposedBy: 'fo-1',
        approvedBy: 'fa-1',
        approvedAt: '2026-02-10T09:00:00.000Z',
      },
    },
    '2026-02-10T09:00:00.000Z',
    'fa-1',
  );
  const withOpening = story.inRecordedOrder();

  it('opens a report starting on or after the as-of date with the imported received less spent, and names it', () => {
    const section = auditReport(withOpening, february)?.contributions[1];
    // 20,000.00 received in January + 5,000.00 − 2,000.00 imported = 23,000.00.
    expect(section).toMatchObject({
      contributionId: 'c-eu2',
      budget: { opening: usd(23_000_00), balanced: true },
      contribution: { opening: usd(23_000_00), balanced: true },
      ledger: { agrees: true },
      openingImported: {
        asOf: '2026-01-31',
        amount: { budget: usd(3_000_00), contribution: usd(3_000_00) },
        description: 'opening balance imported on 2026-01-31 approved by fa-1',
      },
    });
  });

  it('leaves it out of a report that ends before the as-of date', () => {
    const january = { ...february, from: '2026-01-01', to: '2026-01-30' };
    const section = auditReport(withOpening, january)?.contributions[1];
    expect(section).toMatchObject({ openingImported: null, ledger: { agrees: true } });
  });
});
