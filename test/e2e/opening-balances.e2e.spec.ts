import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../support/http';
import {
  accepted,
  adoptBudget,
  type LocalProcesses,
  openProcess,
  startLocalProcesses,
} from '../support/local-process';

/**
 * A process that starts using the system mid-mandate, over HTTP: the finance desk proposes its
 * opening balances as of 31 May, another person approves them, and the budget and its controls start
 * from them.
 */
const P = '/processes/opening';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
let local: LocalProcesses;
const ids: Record<string, string> = {};

beforeAll(async () => {
  local = await startLocalProcesses(['opening'], '2026-06-30T08:00:00.000Z');
  await openProcess(local, 'opening', { mandateEnd: '2026-12-31' });
  await adoptBudget(local, 'opening', [
    { lineId: 'EO-1', unit: 'education-outreach', costCategory: 'travel', amount: usd(10_000_00) },
  ]);
  const pledge = async (donorId: string, amount: object) =>
    (
      await accepted(
        local.officer.post(`${P}/contributions`, {
          donorId,
          donorName: donorId,
          amount,
          modality: 'basket-fund',
          reportingFrequency: 'quarterly',
          firstReportDue: '2026-03-31',
        }),
      )
    ).contributionId as string;
  ids.gov = await pledge('government', usd(100_000_00));
  ids.eu = await pledge('eu', eur(50_000_00));
  await accepted(
    local.officer.post(`${P}/exchange-rates`, {
      base: 'EUR',
      quote: 'USD',
      rate: '1.10',
      date: '2026-05-31',
      source: 'UN operational rate of exchange',
    }),
  );
}, 120_000);
afterAll(() => local?.runtime.stop());

const proposal = () => ({
  asOf: '2026-05-31',
  lines: [{ lineId: 'EO-1', fundingSourceId: ids.gov, spent: usd(3_000_00), committed: usd(1_000_00) }],
  receipts: [
    { contributionId: ids.gov, received: usd(20_000_00) },
    { contributionId: ids.eu, received: eur(10_000_00) },
  ],
});

describe('opening balances over HTTP', () => {
  it('refuses an as-of date after today, and a proposal no approver may decide by its proposer', async () => {
    expect(
      await local.officer.post(`${P}/opening-balances`, { ...proposal(), asOf: '2026-07-01', receipts: [] }),
    ).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'asOf' } },
    });
    expect(await local.approver.post(`${P}/opening-balances`, proposal())).toMatchObject({ status: 403 });
  });

  it('is rejected with a reason, proposed again and approved by another person, once', async () => {
    await accepted(local.officer.post(`${P}/opening-balances`, proposal()));
    await accepted(
      local.approver.post(`${P}/opening-balances/reject`, { reason: 'May not reconciled' }),
      200,
    );
    await accepted(local.officer.post(`${P}/opening-balances`, proposal()));
    expect(await local.approver.post(`${P}/opening-balances/approve`, {})).toMatchObject({
      status: 200,
      body: { status: 'approved' },
    });
    expect(await local.approver.post(`${P}/opening-balances/approve`, {})).toMatchObject({
      status: 409,
      body: { error: 'opening-balances-already-approved' },
    });
    expect(await local.officer.get(`${P}/opening-balances`)).toMatchObject({
      status: 200,
      body: {
        status: 'approved',
        asOf: '2026-05-31',
        // EUR 10,000.00 at EUR/USD 1.10 of the as-of date
        receipts: [expect.anything(), { received: eur(10_000_00), budgetAmount: usd(11_000_00) }],
      },
    });
  });

  it('starts the budget and the sources from them: spent before the as-of date, in no month’s burn', async () => {
    const { body } = await settled(
      () => local.officer.get(`${P}/budget`),
      (answer) => expect(answer.body.lines).toMatchObject([{ lineId: 'EO-1', disbursed: usd(3_000_00) }]),
    );
    expect(body.lines).toMatchObject([
      { lineId: 'EO-1', committed: usd(1_000_00), available: usd(6_000_00) },
    ]);
    const sources = await local.officer.get(`${P}/budget/by-source`);
    expect(JSON.stringify(sources.body)).toContain(ids.eu);
    const forecast = await local.officer.get(`${P}/budget/forecast?today=2026-06-30`);
    expect(forecast.body.overall).toMatchObject({ available: usd(6_000_00), burnRate: usd(0) });
  });

  it('opens the donor’s audit report after the as-of date with what was imported, and names who approved it', async () => {
    const { body } = await local.auditor.get(`${P}/donors/eu/audit-report?from=2026-06-01&to=2026-06-30`);
    // EUR 10,000.00 received, deposited as USD 11,000.00; nothing spent from it before the system.
    expect(body.contributions).toMatchObject([
      {
        budget: { opening: usd(11_000_00), closing: usd(11_000_00), balanced: true },
        contribution: { opening: eur(10_000_00), balanced: true },
        ledger: { agrees: true },
        openingImported: {
          description: expect.stringMatching(/^opening balance imported on 2026-05-31 approved by /),
        },
      },
    ]);
  });

  it('counts the opening spend in the spending controls', async () => {
    const { disbursementId } = await accepted(
      local.officer.post(`${P}/disbursements`, {
        lineId: 'EO-1',
        fundingSourceId: ids.gov,
        amount: usd(6_000_01),
        payee: 'Venue Ltd',
        purpose: 'Hall for a hearing',
        supportingDocument: { reference: 'QUOTE-1', sha256: 'e'.repeat(64) },
      }),
    );
    expect(await local.approver.post(`${P}/disbursements/${disbursementId}/approve`, {})).toMatchObject({
      status: 422,
      body: { error: 'insufficient-funds-on-line', details: { available: usd(6_000_00) } },
    });
  });
});
