import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../support/http';
import {
  accepted,
  adoptBudget,
  type LocalProcesses,
  openProcess,
  startLocalProcesses,
} from '../support/local-process';

/** Paying a contract spends the money its commitment reserved: the line counts it once, not twice. */
let local: LocalProcesses;
let sourceId: string;
let commitmentId: string;
const P = '/processes/contracts';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const document = { reference: 'INV-301', sha256: 'd'.repeat(64) };
const disbursement = (lineId: string, commitment: string) => ({
  lineId,
  fundingSourceId: sourceId,
  amount: usd(1_000_00),
  payee: 'Venue Ltd',
  purpose: 'First instalment of the venue contract',
  supportingDocument: document,
  commitmentId: commitment,
});

beforeAll(async () => {
  local = await startLocalProcesses(['contracts']);
  await openProcess(local, 'contracts');
  const terms = { unit: 'education-outreach', costCategory: 'contractual-services', amount: usd(10_000_00) };
  await adoptBudget(local, 'contracts', [
    { lineId: 'EO-1', ...terms },
    { lineId: 'EO-2', ...terms },
  ]);
  const pledge = await accepted(
    local.officer.post(`${P}/contributions`, {
      donorId: 'government',
      donorName: 'Treasury',
      amount: usd(50_000_00),
      modality: 'government-budget',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    }),
  );
  sourceId = pledge.contributionId as string;
  await accepted(
    local.officer.post(`${P}/contributions/${sourceId}/tranches`, {
      amount: usd(50_000_00),
      receivedOn: '2026-01-05',
    }),
  );
  const raised = await accepted(
    local.officer.post(`${P}/commitments`, {
      lineId: 'EO-1',
      fundingSourceId: sourceId,
      amount: usd(3_000_00),
      description: 'Venue contract for the hearings',
      supplier: 'Venue Ltd',
    }),
  );
  commitmentId = raised.commitmentId as string;
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('a disbursement paying a commitment', () => {
  it('is refused when the commitment is on another line, or does not exist', async () => {
    expect(await local.officer.post(`${P}/disbursements`, disbursement('EO-2', commitmentId))).toMatchObject({
      status: 422,
      body: { error: 'commitment-on-another-line', details: { lineId: 'EO-1', asked: 'EO-2' } },
    });
    expect(await local.officer.post(`${P}/disbursements`, disbursement('EO-1', 'no-such'))).toMatchObject({
      status: 404,
      body: { error: 'commitment-not-found' },
    });
  });

  it('consumes the commitment on approval: committed 2,000, charged 1,000, counted once', async () => {
    const requested = await accepted(
      local.officer.post(`${P}/disbursements`, disbursement('EO-1', commitmentId)),
    );
    const id = requested.disbursementId as string;
    expect((await local.officer.get(`${P}/disbursements/${id}`)).body).toMatchObject({ commitmentId });
    await accepted(local.approver.post(`${P}/disbursements/${id}/approve`, {}), 200);

    expect((await local.officer.get(`${P}/budget-lines/EO-1`)).body).toMatchObject({
      allocated: usd(10_000_00),
      committed: usd(2_000_00),
      charged: usd(1_000_00),
    });
    expect((await local.officer.get(`${P}/commitments/${commitmentId}`)).body).toMatchObject({
      status: 'open',
      remaining: usd(2_000_00),
    });
    // Available 10,000 − 2,000 − 1,000 = 7,000, where counting twice left 6,000.
    await settled(
      () => local.officer.get(`${P}/budget`),
      (view) =>
        expect(view.body.lines).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              lineId: 'EO-1',
              committed: usd(2_000_00),
              approvedNotPaid: usd(1_000_00),
              available: usd(7_000_00),
            }),
          ]),
        ),
    );
  });
});
