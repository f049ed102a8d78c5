import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, settled, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let head: Caller;

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = ['p1', 'never-opened'];
  head = await callerAs(runtime, 'secretariat-head', ['leadership'], { processes });
  const admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
  const opened = await admin.post('/processes/p1', {
    name: 'Constitution Review Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 3,
  });
  expect(opened.status).toBe(201);
});
afterAll(() => runtime?.stop());

const funding = {
  category: 'financial',
  title: 'Basket fund tranche delayed',
  cause: 'Donor reporting for the first quarter is late',
  consequence: 'Public hearings in the second quarter cannot be paid',
  owner: 'Deputy, Administration',
};

const identify = async (body: unknown = funding) => {
  const answer = await head.post('/processes/p1/risks', body);
  expect(answer).toMatchObject({ status: 201, body: { riskId: expect.any(String), version: 1 } });
  return `/processes/p1/risks/${answer.body.riskId}`;
};

describe('the risk register over HTTP', () => {
  it('registers a risk and assesses it, answering the score and rating the rule gives', async () => {
    const path = await identify();
    const future = await head.post(`${path}/assessments`, {
      kind: 'inherent',
      likelihood: 4,
      impact: 5,
      assessedOn: '2099-01-01',
    });
    expect(future).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'assessedOn' } },
    });
    const inherent = await head.post(`${path}/assessments`, {
      kind: 'inherent',
      likelihood: 4,
      impact: 5,
      assessedOn: '2026-02-03',
    });
    expect(inherent).toMatchObject({ status: 200, body: { score: 20, rating: 'critical', version: 2 } });
    const residual = await head.post(`${path}/assessments`, {
      kind: 'residual',
      likelihood: 2,
      impact: 3,
      treatment: 'mitigate',
    });
    expect(residual).toMatchObject({ status: 200, body: { score: 6, rating: 'medium', version: 3 } });

    expect((await head.get(path)).body).toMatchObject({
      ...funding,
      status: 'open',
      inherent: { likelihood: 4, impact: 5, score: 20, rating: 'critical' },
      residual: { likelihood: 2, impact: 3, score: 6, rating: 'medium' },
      treatment: 'mitigate',
      version: 3,
    });
  });

  it('refuses a likelihood or impact outside 1 to 5, and a category it does not know', async () => {
    const path = await identify();
    const answer = await head.post(`${path}/assessments`, { kind: 'inherent', likelihood: 6, impact: 0 });
    expect(answer.status).toBe(400);
    expect((answer.body.issues as { field: string }[]).map((issue) => issue.field)).toEqual([
      'likelihood',
      'impact',
    ]);
    const category = await head.post('/processes/p1/risks', { ...funding, category: 'weather' });
    expect(category).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'category' })] },
    });
  });

  it('plans a mitigation with an owner and a due date, and completes it once', async () => {
    const path = await identify();
    const planned = await head.post(`${path}/mitigations`, {
      action: 'Agree a bridging advance with the Treasury',
      owner: 'Secretariat Head',
      dueDate: '2027-02-15',
    });
    expect(planned).toMatchObject({ status: 201, body: { mitigationId: expect.any(String), version: 2 } });
    const mitigation = `${path}/mitigations/${planned.body.mitigationId}`;

    const done = await head.post(`${mitigation}/complete`, { note: 'Advance agreed on 3 February' });
    expect(done).toMatchObject({ status: 200, body: { status: 'completed', version: 3 } });
    expect((await head.get(path)).body.mitigations).toEqual([
      {
        mitigationId: planned.body.mitigationId,
        action: 'Agree a bridging advance with the Treasury',
        owner: 'Secretariat Head',
        dueDate: '2027-02-15',
        status: 'completed',
      },
    ]);
    const again = await head.post(`${mitigation}/complete`);
    expect(again).toMatchObject({ status: 409, body: { error: 'mitigation-already-completed' } });
    const unknown = await head.post(`${path}/mitigations/never-planned/complete`);
    expect(unknown).toMatchObject({ status: 404, body: { error: 'mitigation-not-found' } });
  });

  it('reviews a risk on a day the process has lived, with a next review date that must come after it', async () => {
    const path = await identify();
    const reviewed = await head.post(`${path}/reviews`, {
      reviewedOn: '2026-01-10',
      nextReviewOn: '2099-04-10',
    });
    expect(reviewed).toMatchObject({ status: 200, body: { nextReviewOn: '2099-04-10', version: 2 } });
    expect((await head.get(path)).body).toMatchObject({ nextReviewOn: '2099-04-10' });
    const backwards = await head.post(`${path}/reviews`, {
      reviewedOn: '2026-04-10',
      nextReviewOn: '2026-04-01',
    });
    expect(backwards).toMatchObject({ status: 422, body: { error: 'next-review-not-after-review' } });
    const future = await head.post(`${path}/reviews`, {
      reviewedOn: '2099-01-10',
      nextReviewOn: '2099-04-10',
    });
    expect(future).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'reviewedOn' } },
    });
    const early = await head.post(`${path}/reviews`, {
      reviewedOn: '2025-12-31',
      nextReviewOn: '2026-04-10',
    });
    expect(early).toMatchObject({ status: 422, body: { error: 'date-before-mandate' } });
  });

  it('escalates a risk once', async () => {
    const path = await identify();
    const escalation = { to: 'CMB Chairperson', reason: 'Needs a call to the donor group' };
    expect(await head.post(`${path}/escalate`, escalation)).toMatchObject({
      status: 200,
      body: { escalatedTo: 'CMB Chairperson' },
    });
    const again = await head.post(`${path}/escalate`, escalation);
    expect(again).toMatchObject({
      status: 409,
      body: { error: 'risk-already-escalated', details: { escalatedTo: 'CMB Chairperson' } },
    });
  });

  it('hands a risk over to a new owner, whom the register then names', async () => {
    const path = await identify();
    const handover = { owner: 'Deputy, Finance', reason: 'Administration deputy on leave' };
    expect(await head.post(`${path}/handovers`, handover)).toMatchObject({
      status: 200,
      body: { owner: 'Deputy, Finance', version: 2 },
    });
    expect((await head.get(path)).body).toMatchObject({ owner: 'Deputy, Finance', status: 'open' });
    const riskId = path.split('/').at(-1);
    await settled(
      () => head.get('/processes/p1/risk-register'),
      ({ body }) =>
        expect(body.risks).toContainEqual(expect.objectContaining({ riskId, owner: 'Deputy, Finance' })),
    );
    const blank = await head.post(`${path}/handovers`, { owner: '', reason: 'Nobody' });
    expect(blank).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'owner' })] },
    });
  });

  it('closes a risk, after which it takes no more commands', async () => {
    const path = await identify();
    const closed = await head.post(`${path}/close`, { reason: 'Tranche received' });
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed', version: 2 } });
    expect((await head.get(path)).body).toMatchObject({ status: 'closed' });
    for (const [action, body] of [
      ['assessments', { kind: 'residual', likelihood: 1, impact: 1 }],
      ['escalate', { to: 'Chairperson', reason: 'Too late' }],
      ['handovers', { owner: 'Deputy, Legal', reason: 'Too late' }],
      ['close', { reason: 'Again' }],
    ] as const) {
      const answer = await head.post(`${path}/${action}`, body);
      expect(answer).toMatchObject({ status: 409, body: { error: 'risk-closed' } });
    }
  });

  it('is refused, like every record, in a process never opened', async () => {
    const answer = await head.post('/processes/never-opened/risks', funding);
    expect(answer).toMatchObject({ status: 404, body: { error: 'process-not-found' } });
  });

  it('answers 404 for a risk never identified', async () => {
    expect((await head.get('/processes/p1/risks/nope')).status).toBe(404);
    const answer = await head.post('/processes/p1/risks/nope/assessments', {
      kind: 'inherent',
      likelihood: 1,
      impact: 1,
    });
    expect(answer).toMatchObject({ status: 404, body: { error: 'risk-not-found' } });
  });
});
