import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import { usd, type VenuePayment, venuePaidOn28February } from '../support/venue-payment';

/**
 * A venue paid 1,500.00 on 28 February refunds a deposit of 500.00 on 5 March, then 600.00 on
 * 10 March, and the rest on 2 April: the payment stays paid until all of it came back, and the line,
 * monthly spend and the donor's audit report count each refund in its own month.
 */
let local: VenuePayment['local'];
const P = '/processes/refunds';
let disbursementId: string;
let on: VenuePayment['on'];

beforeAll(async () => {
  ({ local, disbursementId, on } = await venuePaidOn28February('refunds', '2031-02-28'));
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('a payment refunded in parts', () => {
  const reverse = (reversedOn: string, amount?: ReturnType<typeof usd>) =>
    local.approver.post(`${P}/disbursements/${disbursementId}/reverse`, {
      reason: 'Venue refunded part of the hire',
      reversedOn,
      ...(amount ? { amount } : {}),
    });

  it('stays paid until all of it came back, and refuses more than is still paid', async () => {
    on('2031-03-12');
    expect(await reverse('2031-03-05', usd(0))).toMatchObject({ status: 400 });
    expect(await reverse('2031-03-05', { amount: 100_00, currency: 'EUR' })).toMatchObject({
      status: 422,
      body: { error: 'reversal-in-another-currency' },
    });
    expect(await reverse('2031-03-05', usd(500_00))).toMatchObject({ status: 200, body: { status: 'paid' } });
    expect(await reverse('2031-03-10', usd(600_00))).toMatchObject({ status: 200, body: { status: 'paid' } });
    on('2031-04-02');
    expect(await reverse('2031-04-02', usd(400_01))).toMatchObject({
      status: 422,
      body: { error: 'reversal-exceeds-paid', details: { stillPaid: usd(400_00) } },
    });
    expect((await local.auditor.get(`${P}/disbursements/${disbursementId}`)).body).toMatchObject({
      status: 'paid',
    });
    expect((await local.auditor.get(`${P}/budget-lines/EO-1`)).body).toMatchObject({ charged: usd(400_00) });
    // Without an amount, all that is still paid comes back.
    expect(await reverse('2031-04-02')).toMatchObject({ status: 200, body: { status: 'reversed' } });
    expect((await local.auditor.get(`${P}/budget-lines/EO-1`)).body).toMatchObject({ charged: usd(0) });
    expect(await reverse('2031-04-02', usd(1_00))).toMatchObject({
      status: 409,
      body: { error: 'disbursement-not-paid' },
    });
  });

  it('counts each refund in its month, in monthly spend and the audit report', async () => {
    // The view follows the log: the last refund may still be on its way to it.
    const monthly = await eventually(
      () => local.auditor.get(`${P}/budget/monthly`),
      ({ body }) => (body.overall as unknown[]).length === 3,
    );
    expect(monthly.body.overall).toEqual([
      { month: '2031-02', paid: usd(1_500_00), reversed: usd(0), spent: usd(1_500_00) },
      { month: '2031-03', paid: usd(0), reversed: usd(1_100_00), spent: usd(-1_100_00) },
      { month: '2031-04', paid: usd(0), reversed: usd(400_00), spent: usd(-400_00) },
    ]);
    const march = await local.auditor.get(`${P}/donors/eu/audit-report?from=2031-03-01&to=2031-03-31`);
    expect(march.status).toBe(200);
    const entries = march.body.entries as { kind: string; valueDate: string; amount: unknown }[];
    expect(entries.map((e) => [e.kind, e.valueDate, e.amount])).toEqual([
      ['reversal', '2031-03-05', { budget: usd(500_00), contribution: usd(500_00) }],
      ['reversal', '2031-03-10', { budget: usd(600_00), contribution: usd(600_00) }],
    ]);
    // Each credit of the source is dated by its own refund, so March's ledger check agrees: 20,000.00
    // received − 1,500.00 paid + 1,100.00 back = 19,600.00.
    expect((march.body.contributions as unknown[])[0]).toMatchObject({
      budget: { closing: usd(19_600_00), balanced: true },
      ledger: { balance: usd(19_600_00), agrees: true },
    });
    const verdict = await local.auditor.post(`${P}/audit-reports/verify`, { report: march.body });
    expect(verdict).toMatchObject({ status: 200, body: { valid: true } });
  });
});
