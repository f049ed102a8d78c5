import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/http';
import {
  accepted,
  adoptBudget,
  type LocalProcesses,
  openProcess,
  startLocalProcesses,
} from '../support/local-process';

/**
 * Closing February keeps its books as they are: recorded on 2 March (the runtime's clock), a payment
 * dated in February is refused once the month is closed, the reversal that corrects it goes in March,
 * and an admin's reopening shows on February's audit report.
 */
let local: LocalProcesses;
let secondApprover: Caller;
let sourceId: string;
let first: string;
let second: string;
const P = '/processes/books';
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Requested and approved on 20 February, before February closes; paid after. */
const approvedRequest = async (payee: string) => {
  const requested = await accepted(
    local.officer.post(`${P}/disbursements`, {
      lineId: 'RD-1',
      fundingSourceId: sourceId,
      amount: usd(1_000_00),
      requestedOn: '2026-02-20',
      payee,
      purpose: 'Research assistance for the thematic papers',
      supportingDocument: { reference: `INV-${payee}`, sha256: 'e'.repeat(64) },
    }),
  );
  const id = requested.disbursementId as string;
  await accepted(local.approver.post(`${P}/disbursements/${id}/approve`, { approvedOn: '2026-02-20' }), 200);
  return id;
};

beforeAll(async () => {
  local = await startLocalProcesses(['books'], '2026-03-02T09:00:00.000Z');
  secondApprover = await local.as('finance-approver-2', ['finance-approver']);
  await openProcess(local, 'books');
  await adoptBudget(local, 'books', [
    {
      lineId: 'RD-1',
      unit: 'secretarial-services',
      costCategory: 'contractual-services',
      amount: usd(50_000_00),
    },
  ]);
  const pledge = await accepted(
    local.officer.post(`${P}/contributions`, {
      donorId: 'eu',
      donorName: 'European Union',
      amount: usd(20_000_00),
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    }),
  );
  sourceId = pledge.contributionId as string;
  await accepted(
    local.officer.post(`${P}/contributions/${sourceId}/tranches`, {
      amount: usd(20_000_00),
      receivedOn: '2026-01-10',
    }),
  );
  first = await approvedRequest('Research Associates');
  second = await approvedRequest('Archive Services');
}, 120_000);
afterAll(() => local?.runtime.stop());

const period = (month: string, step: string) => `${P}/periods/${month}/${step}`;

describe('closing a month', () => {
  it('is refused while the month runs', async () => {
    expect(await local.officer.post(period('2026-03', 'propose-close'))).toMatchObject({
      status: 422,
      body: { error: 'period-not-ended', details: { month: '2026-03', today: '2026-03-02' } },
    });
  });

  it('is proposed by the finance desk and closed by an approver other than the proposer', async () => {
    await accepted(local.approver.post(period('2026-01', 'propose-close')), 200);
    expect(await local.approver.post(period('2026-01', 'close'))).toMatchObject({
      status: 422,
      body: { error: 'proposer-cannot-close', details: { proposedBy: 'finance-approver-1' } },
    });
    await accepted(secondApprover.post(period('2026-01', 'close')), 200);

    await accepted(local.officer.post(period('2026-02', 'propose-close')), 200);
    expect((await local.officer.post(period('2026-02', 'close'))).status).toBe(403);
    expect(await local.approver.post(period('2026-02', 'close'))).toMatchObject({
      status: 200,
      body: { month: '2026-02', status: 'closed' },
    });
    expect((await local.leadership.get(P)).body).toMatchObject({ closedMonths: ['2026-01', '2026-02'] });
  });

  it('takes a month as YYYY-MM', async () => {
    expect(await local.officer.post(period('2026-13', 'propose-close'))).toMatchObject({
      status: 400,
      body: { error: 'invalid-request', issues: [{ field: 'path.month', reason: 'a month as YYYY-MM' }] },
    });
  });
});

describe('an entry dated in a closed month', () => {
  let paid: string;

  it('is refused with the field, while March is open', async () => {
    const id = first;
    expect(
      await local.officer.post(`${P}/disbursements/${id}/pay`, {
        paymentReference: 'EFT-1',
        paidOn: '2026-02-27',
      }),
    ).toMatchObject({
      status: 422,
      body: { error: 'period-closed', details: { field: 'paidOn', date: '2026-02-27', month: '2026-02' } },
    });
    await accepted(
      local.officer.post(`${P}/disbursements/${id}/pay`, { paymentReference: 'EFT-1', paidOn: '2026-03-01' }),
      200,
    );
    paid = id;
  });

  it('is corrected in the open month: a reversal dated in March', async () => {
    const reverse = (reversedOn: string) =>
      local.approver.post(`${P}/disbursements/${paid}/reverse`, {
        reason: 'Paid to the wrong account',
        reversedOn,
      });
    expect((await reverse('2026-02-28')).body).toMatchObject({ error: 'reversal-before-payment' });
    expect(await reverse('2026-03-02')).toMatchObject({ status: 200 });
  });
});

describe('reopening a month', () => {
  it('is an admin’s, with a reason, and then February takes entries again', async () => {
    const reason = 'The bank statement shows a February payment never entered';
    expect((await local.approver.post(period('2026-02', 'reopen'), { reason })).status).toBe(403);
    expect((await local.admin.post(period('2026-02', 'reopen'), {})).status).toBe(400);
    await accepted(local.admin.post(period('2026-02', 'reopen'), { reason }), 200);

    const id = second;
    await accepted(
      local.officer.post(`${P}/disbursements/${id}/pay`, { paymentReference: 'EFT-2', paidOn: '2026-02-27' }),
      200,
    );
  });

  it('shows on the audit report of that month, with the closing before it', async () => {
    const report = await local.auditor.get(`${P}/donors/eu/audit-report?from=2026-02-01&to=2026-03-31`);
    expect(report.status).toBe(200);
    expect(report.body.months).toEqual([
      {
        month: '2026-02',
        closed: false,
        changes: [
          expect.objectContaining({
            change: 'closed',
            by: 'finance-approver-1',
            proposedBy: 'finance-officer-1',
          }),
          expect.objectContaining({
            change: 'reopened',
            by: 'admin-1',
            reason: 'The bank statement shows a February payment never entered',
          }),
        ],
      },
    ]);
    const quarter = await local.auditor.get(`${P}/donors/eu/audit-report?from=2026-01-01&to=2026-03-31`);
    expect(quarter.body.months).toEqual([
      expect.objectContaining({ month: '2026-01', closed: true }),
      expect.objectContaining({ month: '2026-02', closed: false }),
    ]);
  });
});
