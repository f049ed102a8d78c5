import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import {
  type LocalProcesses,
  openProcess,
  pledge,
  receive,
  startLocalProcesses,
} from '../support/local-process';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The EU's pledge of 100,000.00 was recorded as 10,000.00 and 8,000.00 of it received: an approver corrects it. */
let local: LocalProcesses;
const P = '/processes/pledgefix';
let contributionId: string;

beforeAll(async () => {
  local = await startLocalProcesses(['pledgefix'], '2026-02-10T09:00:00.000Z');
  await openProcess(local, 'pledgefix');
  contributionId = await pledge(local, 'pledgefix', { amount: usd(10_000_00) });
  await receive(local, 'pledgefix', contributionId, { amount: usd(8_000_00), receivedOn: '2026-02-01' });
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('correcting a pledge', () => {
  const corrections = () => `${P}/contributions/${contributionId}/pledge-corrections`;
  const reason = 'The agreement says 100,000.00';

  it('is an approver’s act, refused below what was received', async () => {
    expect(await local.officer.post(corrections(), { amount: usd(100_000_00), reason })).toMatchObject({
      status: 403,
    });
    expect(await local.approver.post(corrections(), { amount: usd(7_999_99), reason })).toMatchObject({
      status: 422,
      body: { error: 'pledge-below-received', details: { received: usd(8_000_00) } },
    });
    expect(await local.approver.post(corrections(), { amount: usd(100_000_00), reason })).toMatchObject({
      status: 200,
      body: { contributionId, pledged: usd(100_000_00) },
    });
    expect((await local.auditor.get(`${P}/contributions/${contributionId}`)).body).toMatchObject({
      pledged: usd(100_000_00),
      received: usd(8_000_00),
    });
  });

  it('shows in the donor view, with the correction, and in the audit report’s pledge', async () => {
    const donor = await eventually(
      () => local.auditor.get(`${P}/donors/eu`),
      ({ body }) =>
        (body.contributions as { pledged: { amount: number } }[])?.[0]?.pledged.amount === 100_000_00,
    );
    expect((donor.body.contributions as unknown[])[0]).toMatchObject({
      pledged: usd(100_000_00),
      outstanding: usd(92_000_00),
      pledgeCorrections: [{ previous: usd(10_000_00), amount: usd(100_000_00), reason }],
    });
    const report = await local.auditor.get(`${P}/donors/eu/audit-report?from=2026-02-01&to=2026-02-28`);
    expect((report.body.contributions as unknown[])[0]).toMatchObject({
      pledge: {
        pledged: usd(100_000_00),
        corrections: [
          { previous: usd(10_000_00), amount: usd(100_000_00), reason, correctedBy: 'finance-approver-1' },
        ],
      },
    });
  });
});
