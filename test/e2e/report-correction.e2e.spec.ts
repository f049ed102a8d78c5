import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import {
  accepted,
  type LocalProcesses,
  openProcess,
  pledge,
  startLocalProcesses,
} from '../support/local-process';

/**
 * The EU's report for the quarter to 31 March, sent 10 April, was recorded as covering to 30 June:
 * corrected, the calendar shows 30 June due again.
 */
let local: LocalProcesses;
const P = '/processes/reportfix';
let contributionId: string;

beforeAll(async () => {
  local = await startLocalProcesses(['reportfix'], '2026-07-20T09:00:00.000Z');
  await openProcess(local, 'reportfix');
  contributionId = await pledge(local, 'reportfix', { amount: { amount: 10_000_00, currency: 'USD' } });
  await accepted(
    local.officer.post(`${P}/contributions/${contributionId}/reports`, {
      periodEnd: '2026-06-30',
      submittedOn: '2026-07-10',
      document: { reference: 'EU-Q1-2026', sha256: 'd'.repeat(64) },
    }),
  );
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('correcting a donor report', () => {
  const reason = 'The report covers the first quarter only, sent 10 April';
  const corrections = () => `${P}/contributions/${contributionId}/reports/2026-06-30/corrections`;

  it('corrects the period and day, and the calendar follows', async () => {
    expect(
      await local.officer.post(`${P}/contributions/${contributionId}/reports/2026-09-30/corrections`, {
        periodEnd: '2026-03-31',
        submittedOn: '2026-04-10',
        reason,
      }),
    ).toMatchObject({ status: 404, body: { error: 'donor-report-not-found' } });
    expect(
      await local.officer.post(corrections(), { periodEnd: '2026-03-31', submittedOn: '2026-04-10', reason }),
    ).toMatchObject({ status: 200, body: { periodEnd: '2026-03-31', submittedOn: '2026-04-10' } });
    const donor = await eventually(
      () => local.auditor.get(`${P}/donors/eu`),
      ({ body }) =>
        (body.contributions as { reporting: { submitted: { periodEnd: string }[] } }[])?.[0]?.reporting
          .submitted[0]?.periodEnd === '2026-03-31',
    );
    expect((donor.body.contributions as unknown[])[0]).toMatchObject({
      reporting: {
        nextDue: '2026-06-30',
        overdue: true,
        submitted: [
          {
            periodEnd: '2026-03-31',
            submittedOn: '2026-04-10',
            answers: ['2026-03-31'],
            onTime: false,
            corrections: [{ previous: { periodEnd: '2026-06-30', submittedOn: '2026-07-10' }, reason }],
          },
        ],
      },
    });
  });
});
