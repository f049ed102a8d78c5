import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepted } from '../support/local-process';
import { usd, type VenuePayment, venuePaidOn28February } from '../support/venue-payment';

/**
 * The venue's invoice INV-228 (1,500.00, paid on 28 February) is presented again for a second request:
 * the finance desk is warned, the second payment is refused while the first stands, goes through once
 * the first came back in full, and a third payment of it needs an override the audit report shows.
 */
let local: VenuePayment['local'];
const P = '/processes/invoices';
let first: string;
let on: VenuePayment['on'];
const invoice = { reference: 'INV-228', sha256: 'c'.repeat(64) };

beforeAll(async () => {
  ({ local, disbursementId: first, on } = await venuePaidOn28February('invoices', '2031-02-28'));
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('one invoice behind several requests', () => {
  let source: string;
  beforeAll(async () => {
    const requested = await local.auditor.get(`${P}/disbursements/${first}`);
    source = requested.body.fundingSourceId as string;
  });

  const requestAgain = async () => {
    const answer = await local.officer.post(`${P}/disbursements`, {
      lineId: 'EO-1',
      fundingSourceId: source,
      amount: usd(1_500_00),
      payee: 'County Hall Services',
      purpose: 'Hearing venue, again',
      supportingDocument: invoice,
    });
    expect(answer.status).toBe(201);
    const { disbursementId } = answer.body as { disbursementId: string };
    await accepted(local.approver.post(`${P}/disbursements/${disbursementId}/approve`), 200);
    return { disbursementId, warnings: answer.body.warnings };
  };
  const pay = (disbursementId: string, override?: { reason: string }) =>
    local.officer.post(`${P}/disbursements/${disbursementId}/pay`, {
      paymentReference: `EFT-${disbursementId.slice(0, 8)}`,
      paidOn: '2031-03-02',
      ...(override ? { override } : {}),
    });

  it('warns the request, and refuses its payment while the first payment stands', async () => {
    on('2031-03-02');
    const second = await requestAgain();
    expect(second.warnings).toEqual([
      { code: 'invoice-already-presented', sha256: invoice.sha256, disbursementIds: [first] },
    ]);
    expect(await pay(second.disbursementId)).toMatchObject({
      status: 409,
      body: { error: 'invoice-already-paid', details: { sha256: invoice.sha256, paidBy: [first] } },
    });
    // The first payment came back in full: the invoice may be paid again, without an override.
    await accepted(
      local.approver.post(`${P}/disbursements/${first}/reverse`, {
        reason: 'Paid to the wrong account',
        reversedOn: '2031-03-02',
      }),
      200,
    );
    expect(await pay(second.disbursementId)).toMatchObject({ status: 200, body: { status: 'paid' } });
  });

  it('pays it a second time only with an override, which the audit report shows', async () => {
    const third = await requestAgain();
    expect(third.warnings).toMatchObject([{ code: 'invoice-already-presented' }]);
    expect(await pay(third.disbursementId)).toMatchObject({
      status: 409,
      body: { error: 'invoice-already-paid' },
    });
    const reason = 'The venue billed both hearing days on one invoice';
    expect(await pay(third.disbursementId, { reason })).toMatchObject({ status: 200 });
    const report = await local.auditor.get(`${P}/donors/eu/audit-report?from=2031-03-01&to=2031-03-31`);
    const entries = report.body.entries as {
      disbursementId: string;
      kind: string;
      paymentOverride?: unknown;
    }[];
    const payments = entries.filter((entry) => entry.kind === 'disbursement');
    expect(payments.map((entry) => [entry.disbursementId, entry.paymentOverride])).toEqual([
      [expect.any(String), undefined],
      [third.disbursementId, { reason, by: expect.any(String) }],
    ]);
  });
});
