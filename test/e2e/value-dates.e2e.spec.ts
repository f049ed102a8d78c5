import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../support/http';
import { usd, type VenuePayment, venuePaidOn28February } from '../support/venue-payment';

/**
 * A quarter whose finance office enters late: a payment made on 28 February and entered on 2 March
 * is February's, in the donor's audit report and in monthly spend; as known before 2 March it is not
 * there yet. The gateway's clock is the story's: each request a second later, the day moved on by hand.
 */
let local: VenuePayment['local'];
const P = '/processes/late';

beforeAll(async () => {
  // Paid on 28 February; the office enters it on 2 March.
  ({ local } = await venuePaidOn28February('late', '2031-03-02'));
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('a payment made on 28 February and entered on 2 March', () => {
  const february = `${P}/donors/eu/audit-report?from=2031-02-01&to=2031-02-28`;

  it('is in February’s audit report, with the day it was made and the day it was entered', async () => {
    const { status, body } = await local.auditor.get(february);
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ from: '2031-02-01', to: '2031-02-28', basis: 'value-date' });
    const entries = body.entries as { kind: string; valueDate: string; recordedAt: string }[];
    expect(entries.map((e) => [e.kind, e.valueDate, e.recordedAt.slice(0, 10)])).toEqual([
      ['incoming-funds', '2031-02-10', '2031-02-10'],
      ['disbursement', '2031-02-28', '2031-03-02'],
    ]);
    const march = await local.auditor.get(`${P}/donors/eu/audit-report?from=2031-03-01&to=2031-03-31`);
    expect(march.body.entries).toEqual([]);
  });

  it('is not there as known before 2 March, and the report says what it knew', async () => {
    const knownAt = '2031-03-01T23:59:59.999Z';
    const { status, body } = await local.auditor.get(`${february}&knownAt=${knownAt}`);
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ knownAt });
    expect((body.entries as { kind: string }[]).map((e) => e.kind)).toEqual(['incoming-funds']);
    // Re-derived from its own knownAt, the old report still verifies.
    const verdict = await local.auditor.post(`${P}/audit-reports/verify`, { report: body });
    expect(verdict).toMatchObject({ status: 200, body: { valid: true, firstDifference: null } });
  });

  it('counts in February’s spend', async () => {
    // The view is a read model: settled once the projector has applied the payment.
    await settled(
      () => local.auditor.get(`${P}/budget/monthly`),
      (monthly) => {
        expect(monthly.status).toBe(200);
        expect(monthly.body.overall).toEqual([
          { month: '2031-02', paid: usd(1_500_00), reversed: usd(0), spent: usd(1_500_00) },
        ]);
      },
    );
  });
});
