import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import {
  accepted,
  type LocalProcesses,
  openProcess,
  pledge,
  receive,
  startLocalProcesses,
} from '../support/local-process';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/**
 * The EU's tranche of 20 January 2031 was entered as 20,000.00; the bank statement says 2,000.00, on
 * 3 February. January is closed by then, so the correction reverses the tranche on the day it is
 * approved (10 February) and receives the right one on 3 February: January's report does not change.
 */
let local: LocalProcesses;
const P = '/processes/tranchefix';
let contributionId: string;
let trancheId: string;
let clock = Date.parse('2031-01-20T09:00:00.000Z');
const on = (day: string) => {
  clock = Date.parse(`${day}T09:00:00.000Z`);
};

beforeAll(async () => {
  local = await startLocalProcesses(['tranchefix'], () => {
    clock += 1000;
    return new Date(clock);
  });
  await openProcess(local, 'tranchefix', { mandateStart: '2031-01-01', mandateEnd: '2032-06-30' });
  contributionId = await pledge(local, 'tranchefix', {
    amount: usd(50_000_00),
    firstReportDue: '2031-04-15',
  });
  trancheId = await receive(local, 'tranchefix', contributionId, {
    amount: usd(20_000_00),
    receivedOn: '2031-01-20',
  });
  on('2031-02-03');
  await accepted(local.officer.post(`${P}/periods/2031-01/propose-close`), 200);
  await accepted(local.approver.post(`${P}/periods/2031-01/close`), 200);
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('correcting a tranche entered wrong', () => {
  const corrections = () => `${P}/contributions/${contributionId}/tranches/${trancheId}/corrections`;
  const reason = 'Typed with an extra zero: the statement shows 2,000.00 on 3 February';

  it('takes a proposal, refused in a closed month, and an approver other than the proposer', async () => {
    on('2031-02-10');
    expect(
      await local.officer.post(corrections(), { amount: usd(2_000_00), receivedOn: '2031-01-20', reason }),
    ).toMatchObject({ status: 422, body: { error: 'period-closed' } });
    // One person holding both roles proposes, and may not approve it: maker ≠ checker.
    const both = await local.as('finance-both-1', ['finance-officer', 'finance-approver']);
    const first = await accepted(
      both.post(corrections(), { amount: usd(2_000_00), receivedOn: '2031-02-03', reason }),
    );
    expect(first).toMatchObject({ trancheId, status: 'proposed' });
    expect(await both.post(`${corrections()}/${first.correctionId}/approve`)).toMatchObject({
      status: 422,
      body: { error: 'maker-cannot-approve' },
    });
    expect(await local.officer.post(`${corrections()}/${first.correctionId}/approve`)).toMatchObject({
      status: 403,
    });
    await accepted(
      local.approver.post(`${corrections()}/${first.correctionId}/reject`, { reason: 'Wrong statement' }),
      200,
    );
    const second = await accepted(
      local.officer.post(corrections(), { amount: usd(2_000_00), receivedOn: '2031-02-03', reason }),
    );
    const approved = await accepted(
      local.approver.post(`${corrections()}/${second.correctionId}/approve`),
      200,
    );
    expect(approved).toMatchObject({
      trancheId: second.correctionId,
      correctionOf: trancheId,
      status: 'approved',
    });
    expect(
      await local.officer.post(corrections(), { amount: usd(3_000_00), receivedOn: '2031-02-03', reason }),
    ).toMatchObject({ status: 409, body: { error: 'tranche-already-reversed' } });
    const { body } = await local.auditor.get(`${P}/contributions/${contributionId}`);
    expect(body).toMatchObject({
      received: usd(2_000_00),
      deposited: usd(2_000_00),
      tranches: {
        [trancheId]: { amount: usd(20_000_00), reversed: true },
        [second.correctionId as string]: { amount: usd(2_000_00), receivedOn: '2031-02-03', reversed: false },
      },
      corrections: {},
    });
  });

  it('moves the source’s figures and the donor’s view to the right amount', async () => {
    const bySource = await eventually(
      () => local.auditor.get(`${P}/budget/by-source`),
      ({ body }) => (body.sources as { deposited: { amount: number } }[])?.[0]?.deposited.amount === 2_000_00,
    );
    expect((bySource.body.sources as unknown[])[0]).toMatchObject({
      received: usd(2_000_00),
      deposited: usd(2_000_00),
      tranches: [
        { trancheId, amount: usd(20_000_00), correctionOf: null, reversedOn: '2031-02-10' },
        { amount: usd(2_000_00), receivedOn: '2031-02-03', correctionOf: trancheId, reversedOn: null },
      ],
    });
    const donor = await eventually(
      () => local.auditor.get(`${P}/donors/eu`),
      ({ body }) =>
        (body.contributions as { received: { amount: number } }[])?.[0]?.received.amount === 2_000_00,
    );
    expect((donor.body.contributions as unknown[])[0]).toMatchObject({ received: usd(2_000_00) });
  });

  it('leaves January’s audit report as it was, and shows the reversal and the right tranche in February', async () => {
    const january = await local.auditor.get(`${P}/donors/eu/audit-report?from=2031-01-01&to=2031-01-31`);
    expect(january.body.totals).toMatchObject({
      receipts: usd(20_000_00),
      closing: usd(20_000_00),
      balanced: true,
    });
    const february = await local.auditor.get(`${P}/donors/eu/audit-report?from=2031-02-01&to=2031-02-28`);
    const entries = february.body.entries as {
      kind: string;
      valueDate: string;
      amount: { budget: unknown };
    }[];
    expect(entries.map((e) => [e.kind, e.valueDate, e.amount.budget])).toEqual([
      ['incoming-funds', '2031-02-03', usd(2_000_00)],
      ['incoming-funds', '2031-02-10', usd(-20_000_00)],
    ]);
    expect(entries[1]).toMatchObject({ reversal: { reason, reversedBy: 'finance-approver-1' } });
    expect((february.body.contributions as unknown[])[0]).toMatchObject({
      budget: { opening: usd(20_000_00), receipts: usd(-18_000_00), closing: usd(2_000_00), balanced: true },
      ledger: { agrees: true },
    });
    const verdict = await local.auditor.post(`${P}/audit-reports/verify`, { report: february.body });
    expect(verdict).toMatchObject({ status: 200, body: { valid: true } });
  });
});
