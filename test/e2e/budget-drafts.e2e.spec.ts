import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../support/http';
import { accepted, type LocalProcesses, openProcess, startLocalProcesses } from '../support/local-process';

/** A finance officer prepares the budget; an approver, never the preparer, adopts it. */
let local: LocalProcesses;
const P = '/processes/drafts';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const line = (lineId: string, amount: number) => ({
  lineId,
  unit: 'education-outreach',
  activity: `Activity ${lineId}`,
  costCategory: 'travel',
  amount: usd(amount),
});
const lines = [line('EO-1', 10_000_00), line('EO-2', 2_500_00)];

beforeAll(async () => {
  local = await startLocalProcesses(['drafts']);
  await openProcess(local, 'drafts');
});
afterAll(() => local?.runtime.stop());

describe('a budget prepared as a draft and adopted by an approver', () => {
  let draftId: string;

  it('refuses a finance officer adopting directly: adoption is an approver’s act', async () => {
    const direct = await local.officer.post(`${P}/budget/adoptions`, { lines });
    expect(direct).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect((await local.officer.post(`${P}/budget-lines`, line('EO-9', 1_00))).status).toBe(403);
  });

  it('is prepared by the officer and shown apart from what is allocated', async () => {
    const prepared = await accepted(
      local.officer.post(`${P}/budget/drafts`, { title: 'Budget for the first year', lines }),
    );
    expect(prepared).toMatchObject({ status: 'prepared', version: 1 });
    draftId = prepared.draftId as string;
    const view = await settled(
      () => local.officer.get(`${P}/budget`),
      (v) => expect(v.body.drafts).toHaveLength(1),
    );
    expect(view.body).toMatchObject({ lines: [], totals: { allocated: usd(0) } });
    expect(view.body.drafts).toEqual([
      {
        draftId,
        title: 'Budget for the first year',
        lines,
        total: usd(12_500_00),
        preparedBy: 'finance-officer-1',
        preparedAt: expect.any(String),
        version: 1,
      },
    ]);
  });

  it('refuses its preparer adopting it, even given the approver’s role', async () => {
    const preparerAsApprover = await local.as('finance-officer-1', ['finance-approver']);
    const refused = await preparerAsApprover.post(`${P}/budget/drafts/${draftId}/adopt`, {});
    expect(refused).toMatchObject({ status: 422, body: { error: 'preparer-cannot-adopt' } });
  });

  it('is adopted by an approver: each line adopted with the draft and both people, the draft gone from the view', async () => {
    const future = await local.approver.post(`${P}/budget/drafts/${draftId}/adopt`, {
      adoptedOn: '2099-01-01',
    });
    expect(future).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'adoptedOn' } },
    });
    await accepted(
      local.approver.post(`${P}/budget/drafts/${draftId}/adopt`, { adoptedOn: '2026-01-03' }),
      200,
    );
    expect((await local.approver.get(`${P}/budget/drafts/${draftId}`)).body).toMatchObject({
      status: 'adopted',
      version: 2,
    });
    // Each line carries the draft's value date.
    expect((await local.approver.get(`${P}/budget-lines/EO-2`)).body).toMatchObject({
      adoptedOn: '2026-01-03',
    });
    const view = await settled(
      () => local.officer.get(`${P}/budget`),
      (v) => expect(v.body).toMatchObject({ drafts: [], totals: { allocated: usd(12_500_00) } }),
    );
    expect(view.body.lines).toEqual([
      expect.objectContaining({ lineId: 'EO-1', allocated: usd(10_000_00) }),
      expect.objectContaining({ lineId: 'EO-2', allocated: usd(2_500_00) }),
    ]);
    const again = await local.approver.post(`${P}/budget/drafts/${draftId}/adopt`, {});
    expect(again).toMatchObject({ status: 409, body: { error: 'budget-draft-not-prepared' } });
  });

  it('refuses a draft whose lines are already adopted, and lets its preparer revise and withdraw it', async () => {
    const stale = await accepted(
      local.officer.post(`${P}/budget/drafts`, {
        title: 'The same lines again',
        lines: [line('EO-2', 1_00)],
      }),
    );
    const path = `${P}/budget/drafts/${stale.draftId}`;
    const refused = await local.approver.post(`${path}/adopt`, {});
    expect(refused).toMatchObject({ status: 409, body: { error: 'budget-line-already-adopted' } });
    const other = await local.as('finance-officer-2', ['finance-officer']);
    const notTheirs = await other.post(`${path}/withdraw`, { reason: 'Not needed' });
    expect(notTheirs).toMatchObject({ status: 422, body: { error: 'only-preparer-may-change' } });
    const revision = {
      title: 'A new line instead',
      lines: [line('EO-3', 4_000_00)],
      reason: 'EO-2 is adopted',
    };
    const byOther = await other.post(`${path}/revisions`, revision);
    expect(byOther).toMatchObject({ status: 422, body: { error: 'only-preparer-may-change' } });
    await accepted(local.officer.post(`${path}/revisions`, revision), 200);
    await settled(
      () => local.officer.get(`${P}/budget`),
      (v) =>
        expect(v.body.drafts).toEqual([
          expect.objectContaining({ title: 'A new line instead', total: usd(4_000_00), version: 2 }),
        ]),
    );
    await accepted(local.officer.post(`${path}/withdraw`, { reason: 'Those lines are adopted' }), 200);
    await settled(
      () => local.officer.get(`${P}/budget`),
      (v) => expect(v.body.drafts).toEqual([]),
    );
  });

  it('adopts a draft of 48 lines in one transaction, and refuses to prepare one of 49', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => line(`BIG-${i + 1}`, 1_00));
    const tooMany = await local.officer.post(`${P}/budget/drafts`, { title: 'Too big', lines: many(49) });
    expect(tooMany.status).toBe(400);
    const big = await accepted(local.officer.post(`${P}/budget/drafts`, { title: 'Big', lines: many(48) }));
    await accepted(local.approver.post(`${P}/budget/drafts/${big.draftId}/adopt`, {}), 200);
    expect((await local.approver.get(`${P}/budget-lines/BIG-48`)).body).toMatchObject({ status: 'adopted' });
  });
});
