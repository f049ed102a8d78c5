import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, eventually, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let admin: Caller;
let officer: Caller;
let approver: Caller;
const P = '/processes/money';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const line = (lineId: string, unit: string, amount: number) => ({
  lineId,
  unit,
  activity: `Activity ${lineId}`,
  costCategory: 'contractual-services',
  amount: usd(amount),
});
const document = { reference: 'INV-88', sha256: 'c'.repeat(64) };
let restricted: string;

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = ['money'];
  admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
  officer = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], { processes });
  approver = await callerAs(runtime, 'finance-approver-1', ['finance-approver'], { processes });
  const opened = await admin.post(P, {
    name: 'National Constitutional Dialogue',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-12-31',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 6,
  });
  expect(opened.status).toBe(201);
});
afterAll(() => runtime?.stop());

describe('the budget', () => {
  it('is adopted as lines in the budget currency, in one command', async () => {
    const adopted = await approver.post(`${P}/budget/adoptions`, {
      lines: [
        line('EO-1', 'education-outreach', 50_000_00),
        line('COM-1', 'communications', 20_000_00),
        line('ADM-1', 'administration', 10_000_00),
      ],
      adoptedOn: '2026-01-05',
    });
    expect(adopted).toMatchObject({
      status: 201,
      body: { lines: [{ lineId: 'EO-1', version: 1 }, { lineId: 'COM-1' }, { lineId: 'ADM-1' }] },
    });
    expect((await approver.get(`${P}/budget-lines/ADM-1`)).body).toMatchObject({ adoptedOn: '2026-01-05' });
    const beforeMandate = await approver.post(`${P}/budget-lines`, {
      ...line('X-1', 'administration', 1_00),
      adoptedOn: '2025-12-31',
    });
    expect(beforeMandate).toMatchObject({
      status: 422,
      body: { error: 'date-before-mandate', details: { field: 'adoptedOn' } },
    });
    const foreign = await approver.post(`${P}/budget-lines`, {
      ...line('X-1', 'administration', 1_00),
      amount: eur(1_00),
    });
    expect(foreign).toMatchObject({ status: 422, body: { error: 'currency-mismatch' } });
    const unknown = await approver.post(`${P}/budget-lines`, {
      ...line('X-1', 'administration', 1_00),
      amount: { amount: 1_00, currency: 'XYZ' },
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'amount.currency', reason: 'is not an ISO 4217 currency' }] },
    });
    const twice = await approver.post(`${P}/budget/adoptions`, {
      lines: [line('Y-1', 'administration', 1), line('Y-1', 'administration', 1)],
    });
    expect(twice).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'lines', reason: 'line ids must be unique' }] },
    });
  });

  it('is revised with a reason, never below what is committed and spent', async () => {
    const early = await approver.post(`${P}/budget-lines/ADM-1/revisions`, {
      amount: usd(12_000_00),
      reason: 'Extra logistics',
      revisedOn: '2026-01-04',
    });
    expect(early).toMatchObject({
      status: 422,
      body: {
        error: 'revision-before-adoption',
        details: { adoptedOn: '2026-01-05', revisedOn: '2026-01-04' },
      },
    });
    const revised = await approver.post(`${P}/budget-lines/ADM-1/revisions`, {
      amount: usd(12_000_00),
      reason: 'Extra logistics',
      revisedOn: '2026-01-20',
    });
    expect(revised).toMatchObject({ status: 200, body: { version: 2 } });
    expect((await approver.get(`${P}/budget-lines/ADM-1`)).body).toMatchObject({ allocated: usd(12_000_00) });
  });

  it('moves money between lines as a revision of both', async () => {
    const transfer = {
      fromLineId: 'ADM-1',
      toLineId: 'COM-1',
      amount: usd(2_000_00),
      reason: 'Radio campaign',
    };
    expect(
      await approver.post(`${P}/budget/transfers`, { ...transfer, revisedOn: '2099-01-01' }),
    ).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'revisedOn' } },
    });
    const moved = await approver.post(`${P}/budget/transfers`, { ...transfer, revisedOn: '2026-01-21' });
    expect(moved.status).toBe(201);
    expect((await approver.get(`${P}/budget-lines/COM-1`)).body).toMatchObject({ allocated: usd(22_000_00) });
    const self = await approver.post(`${P}/budget/transfers`, {
      fromLineId: 'COM-1',
      toLineId: 'COM-1',
      amount: usd(1),
      reason: 'x',
    });
    expect(self).toMatchObject({ status: 422, body: { error: 'transfer-to-same-line' } });
  });
});

describe('funding', () => {
  it('takes a restricted pledge in euros and refuses a tranche without a recorded rate', async () => {
    const pledge = await officer.post(`${P}/contributions`, {
      donorId: 'eu',
      donorName: 'European Union',
      amount: eur(100_000_00),
      modality: 'basket-fund',
      restrictions: { units: ['communications'], lineIds: [] },
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    });
    expect(pledge.status).toBe(201);
    restricted = pledge.body.contributionId as string;
    const noRate = await officer.post(`${P}/contributions/${restricted}/tranches`, {
      amount: eur(40_000_00),
      receivedOn: '2026-02-01',
    });
    expect(noRate).toMatchObject({ status: 422, body: { error: 'exchange-rate-not-recorded' } });
  });

  const rate = {
    base: 'EUR',
    quote: 'USD',
    rate: '1.0825',
    date: '2026-02-01',
    source: 'UN operational rate of exchange',
  };

  it('refuses at the door a rate of zero, which converts every amount to nothing, and an unknown currency', async () => {
    for (const zero of ['0', '0.000'])
      expect(await officer.post(`${P}/exchange-rates`, { ...rate, base: 'GBP', rate: zero })).toMatchObject({
        status: 400,
        body: { issues: [{ field: 'rate', reason: 'must be more than zero' }] },
      });
    expect(await officer.post(`${P}/exchange-rates`, { ...rate, base: 'XYZ' })).toMatchObject({
      status: 400,
      body: { issues: [{ field: 'base', reason: 'is not an ISO 4217 currency' }] },
    });
  });

  it('refuses a rate over five times from the pair’s last unless confirmed, and records the confirmation', async () => {
    const gbp = { ...rate, base: 'GBP', rate: '1.27' };
    expect((await officer.post(`${P}/exchange-rates`, gbp)).status).toBe(201);
    const typo = { ...gbp, rate: '127', date: '2026-02-02' };
    expect(await officer.post(`${P}/exchange-rates`, typo)).toMatchObject({
      status: 422,
      body: {
        error: 'rate-far-from-last',
        details: { last: { rate: '1.27', date: '2026-02-01' }, asked: { rate: '127', date: '2026-02-02' } },
      },
    });
    expect(await officer.post(`${P}/exchange-rates`, { ...typo, confirmed: true })).toMatchObject({
      status: 201,
      body: { rate: '127', confirmed: true },
    });
  });

  it('records a rate once per pair and day, then converts the tranche at it', async () => {
    expect((await officer.post(`${P}/exchange-rates`, rate)).status).toBe(201);
    expect(await officer.post(`${P}/exchange-rates`, { ...rate, rate: '1.2' })).toMatchObject({
      status: 409,
      body: { error: 'exchange-rate-already-recorded' },
    });
    expect((await officer.get(`${P}/exchange-rates/EUR/USD/2026-02-01`)).body).toMatchObject({ rate });

    const tranche = await officer.post(`${P}/contributions/${restricted}/tranches`, {
      amount: eur(40_000_00),
      receivedOn: '2026-02-01',
    });
    expect(tranche.status).toBe(201);
    expect((await officer.get(`${P}/contributions/${restricted}`)).body).toMatchObject({
      received: eur(40_000_00),
      deposited: usd(43_300_00),
      version: 2,
    });
    const tooMuch = await officer.post(`${P}/contributions/${restricted}/tranches`, {
      amount: eur(60_000_01),
      receivedOn: '2026-02-01',
    });
    expect(tooMuch).toMatchObject({ status: 422, body: { error: 'tranche-exceeds-pledge' } });
  });
});

describe('commitments', () => {
  it('reserve on the line and the source, and release what is no longer needed', async () => {
    const contract = {
      lineId: 'COM-1',
      fundingSourceId: restricted,
      amount: usd(5_000_00),
      description: 'Radio airtime contract',
      supplier: 'National Broadcaster',
    };
    expect(await officer.post(`${P}/commitments`, { ...contract, raisedOn: '2099-01-01' })).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'raisedOn' } },
    });
    const raised = await officer.post(`${P}/commitments`, { ...contract, raisedOn: '2026-02-10' });
    expect(raised.status).toBe(201);
    const id = raised.body.commitmentId as string;
    expect((await officer.get(`${P}/commitments/${id}`)).body).toMatchObject({ raisedOn: '2026-02-10' });
    // Released once raised: the value dates follow the record's history.
    expect(
      await officer.post(`${P}/commitments/${id}/release`, {
        amount: usd(1_00),
        reason: 'x',
        releasedOn: '2026-02-09',
      }),
    ).toMatchObject({
      status: 422,
      body: { error: 'release-before-raise', details: { raisedOn: '2026-02-10' } },
    });
    expect((await officer.get(`${P}/budget-lines/COM-1`)).body).toMatchObject({ committed: usd(5_000_00) });
    expect(
      await officer.post(`${P}/commitments/${id}/release`, { amount: usd(5_000_01), reason: 'x' }),
    ).toMatchObject({
      status: 422,
      body: { error: 'release-exceeds-commitment' },
    });
    expect(
      (
        await officer.post(`${P}/commitments/${id}/release`, {
          amount: usd(2_000_00),
          reason: 'Shorter campaign',
          releasedOn: '2026-02-20',
        })
      ).status,
    ).toBe(200);
    expect((await officer.get(`${P}/commitments/${id}`)).body).toMatchObject({
      status: 'open',
      remaining: usd(3_000_00),
    });
  });

  it('hold a line’s floor: a revision below what is committed is refused', async () => {
    const below = await approver.post(`${P}/budget-lines/COM-1/revisions`, {
      amount: usd(2_999_99),
      reason: 'Cut',
    });
    expect(below).toMatchObject({
      status: 422,
      body: { error: 'revision-below-committed-and-spent', details: { floor: usd(3_000_00) } },
    });
  });

  it('are refused outside the donor’s restriction', async () => {
    const outside = await officer.post(`${P}/commitments`, {
      lineId: 'EO-1',
      fundingSourceId: restricted,
      amount: usd(1_00),
      description: 'x',
      supplier: 'y',
    });
    expect(outside).toMatchObject({ status: 422, body: { error: 'outside-donor-restriction' } });
  });
});

describe('a disbursement from request to reversal', () => {
  let id: string;

  it('in euros, converted at the recorded rate, outside the restriction only with an override', async () => {
    const requested = await officer.post(`${P}/disbursements`, {
      lineId: 'EO-1',
      fundingSourceId: restricted,
      amount: eur(1_000_00),
      rateDate: '2026-02-01',
      payee: 'Hotel Continental',
      purpose: 'Venue for county hearings',
      supportingDocument: document,
      requestedOn: '2026-02-02',
    });
    expect(requested.status).toBe(201);
    id = requested.body.disbursementId as string;
    expect((await approver.get(`${P}/disbursements/${id}`)).body).toMatchObject({
      budgetAmount: usd(1_082_50),
    });

    const refused = await approver.post(`${P}/disbursements/${id}/approve`);
    expect(refused).toMatchObject({ status: 422, body: { error: 'outside-donor-restriction' } });
    // Approved once asked for: the value dates follow the record's history.
    const early = await approver.post(`${P}/disbursements/${id}/approve`, {
      approvedOn: '2026-02-01',
      override: { reason: 'Donor agreed by letter of 3 Feb' },
    });
    expect(early).toMatchObject({
      status: 422,
      body: { error: 'approval-before-request', details: { requestedOn: '2026-02-02' } },
    });
    const overridden = await approver.post(`${P}/disbursements/${id}/approve`, {
      approvedOn: '2026-02-03',
      override: { reason: 'Donor agreed by letter of 3 Feb' },
    });
    expect(overridden).toMatchObject({ status: 200, body: { status: 'approved' } });
  });

  it('is paid on a day the process has lived, entered late if need be, and once', async () => {
    const payOn = (paidOn: string) =>
      officer.post(`${P}/disbursements/${id}/pay`, { paymentReference: 'EFT-2026-0107', paidOn });
    expect(await payOn('2099-02-05')).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'paidOn', date: '2099-02-05' } },
    });
    expect(await payOn('2025-12-31')).toMatchObject({
      status: 422,
      body: { error: 'payment-before-approval', details: { paidOn: '2025-12-31' } },
    });
    expect(await payOn('2026-02-02')).toMatchObject({
      status: 422,
      body: { error: 'payment-before-approval', details: { approvedOn: '2026-02-03' } },
    });
    const pay = { paymentReference: 'EFT-2026-0107', paidOn: '2026-02-05' };
    expect((await officer.post(`${P}/disbursements/${id}/pay`, pay)).status).toBe(200);
    expect(await officer.post(`${P}/disbursements/${id}/pay`, pay)).toMatchObject({
      status: 409,
      body: { error: 'disbursement-not-approved' },
    });
  });

  it('is reversed by someone other than its maker, giving back exactly what it took', async () => {
    // The maker, even when also given the approver's role, cannot reverse their own disbursement.
    const makerAsApprover = await callerAs(runtime, 'finance-officer-1', ['finance-approver'], {
      processes: ['money'],
    });
    const back = (reversedOn: string) => ({ reason: 'Paid twice', reversedOn });
    expect(await makerAsApprover.post(`${P}/disbursements/${id}/reverse`, back('2026-02-20'))).toMatchObject({
      status: 422,
      body: { error: 'maker-cannot-reverse' },
    });
    // The money comes back after it went out (paid on 5 February), and not on a day still to come.
    expect(await approver.post(`${P}/disbursements/${id}/reverse`, back('2026-02-04'))).toMatchObject({
      status: 422,
      body: { error: 'reversal-before-payment', details: { paidOn: '2026-02-05' } },
    });
    expect(await approver.post(`${P}/disbursements/${id}/reverse`, back('2099-01-01'))).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'reversedOn' } },
    });
    const missing = await approver.post(`${P}/disbursements/${id}/reverse`, { reason: 'Paid twice' });
    expect(missing).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'reversedOn' })] },
    });
    expect((await approver.post(`${P}/disbursements/${id}/reverse`, back('2026-02-20'))).status).toBe(200);
    expect((await approver.get(`${P}/disbursements/${id}`)).body).toMatchObject({
      status: 'reversed',
      version: 4,
    });
    expect((await approver.get(`${P}/budget-lines/EO-1`)).body).toMatchObject({ charged: usd(0) });
    expect((await approver.get(`${P}/contributions/${restricted}`)).body).toMatchObject({
      charged: usd(0),
      committed: usd(3_000_00),
    });
  });

  it('shows in the budget view with revisions, commitments and the reversal', async () => {
    // Figures as of the line's latest version: adopted, charged, credited.
    const view = await eventually(
      () => officer.get(`${P}/budget`),
      (v) =>
        (
          v.body.lines as { lineId: string; version: number; disbursed: { amount: number } }[] | undefined
        )?.some((l) => l.lineId === 'EO-1' && l.version === 3 && l.disbursed.amount === 0) ?? false,
    );
    expect(view.body.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          lineId: 'COM-1',
          allocated: usd(22_000_00),
          committed: usd(3_000_00),
          available: usd(19_000_00),
        }),
        expect.objectContaining({ lineId: 'EO-1', disbursed: usd(0), available: usd(50_000_00) }),
      ]),
    );
  });
});

describe('a request withdrawn before any approver decides it', () => {
  const pendingOnAdminLine = async () => {
    const lines = (await officer.get(`${P}/budget`)).body.lines as { lineId: string; pending: unknown }[];
    return lines.find((l) => l.lineId === 'ADM-1')?.pending;
  };

  it('leaves the line’s pending column as it was, and the approver nothing to act on', async () => {
    const requested = await officer.post(`${P}/disbursements`, {
      lineId: 'ADM-1',
      fundingSourceId: restricted,
      amount: usd(500_00),
      payee: 'Print House',
      purpose: 'Entered twice by mistake',
      supportingDocument: document,
    });
    expect(requested.status).toBe(201);
    const id = requested.body.disbursementId as string;
    const isUsd = (amount: number) => (pending: unknown) =>
      (pending as { amount?: number } | undefined)?.amount === amount;
    expect(await eventually(pendingOnAdminLine, isUsd(500_00))).toEqual(usd(500_00));

    // Withdrawing is the finance desk's act; an approver rejects instead.
    const byApprover = await approver.post(`${P}/disbursements/${id}/withdraw`, { reason: 'x' });
    expect(byApprover).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    const withdrawn = await officer.post(`${P}/disbursements/${id}/withdraw`, { reason: 'Entered twice' });
    expect(withdrawn).toMatchObject({
      status: 200,
      body: { disbursementId: id, status: 'withdrawn', version: 2 },
    });
    expect((await approver.get(`${P}/disbursements/${id}`)).body).toMatchObject({ status: 'withdrawn' });

    expect(await approver.post(`${P}/disbursements/${id}/approve`)).toMatchObject({
      status: 409,
      body: { error: 'disbursement-not-pending' },
    });
    expect(await officer.post(`${P}/disbursements/${id}/withdraw`, { reason: 'Again' })).toMatchObject({
      status: 409,
      body: { error: 'disbursement-not-pending' },
    });
    expect(await officer.post(`${P}/disbursements/${id}/withdraw`, {})).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'reason' })] },
    });
    expect(await eventually(pendingOnAdminLine, isUsd(0))).toEqual(usd(0));
  });
});
