import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Answer, type Caller, callerAs, eventually, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let admin: Caller;
let officer: Caller;
let approver: Caller;
/** One person holding both finance roles: only maker-checker stops them approving their own request. */
let both: Caller;

const sources: Record<string, string> = {};

/** An open process with one unrestricted contribution of which 200,000.00 USD has arrived. */
async function fundedProcess(processId: string) {
  await admin.post(`/processes/${processId}`, {
    name: 'Constitution Review Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 3,
  });
  const pledge = await officer.post(`/processes/${processId}/contributions`, {
    donorId: 'government',
    donorName: 'Treasury',
    amount: { amount: 200_000_00, currency: 'USD' },
    modality: 'government-budget',
    reportingFrequency: 'quarterly',
    firstReportDue: '2026-03-31',
  });
  const contributionId = pledge.body.contributionId as string;
  await officer.post(`/processes/${processId}/contributions/${contributionId}/tranches`, {
    amount: { amount: 200_000_00, currency: 'USD' },
    receivedOn: '2026-01-05',
  });
  sources[processId] = contributionId;
}

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = ['p1', 'p2', 'p3'];
  admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
  officer = await callerAs(runtime, 'finance-officer-1', ['finance-officer'], { processes });
  approver = await callerAs(runtime, 'finance-approver-1', ['finance-approver'], { processes });
  both = await callerAs(runtime, 'finance-both-1', ['finance-officer', 'finance-approver'], { processes });
  for (const processId of ['p1', 'p2', 'p3']) await fundedProcess(processId);
});
afterAll(() => runtime?.stop());

const line = (lineId: string, amount = 10_000_00) => ({
  lineId,
  unit: 'education-outreach',
  activity: 'Public hearings',
  costCategory: 'travel',
  amount: { amount, currency: 'USD' },
});
const spend = (lineId: string, amount: number, processId = 'p1') => ({
  lineId,
  fundingSourceId: sources[processId],
  amount: { amount, currency: 'USD' },
  payee: 'Venue Ltd',
  purpose: 'Hall for a public hearing',
  supportingDocument: { reference: 'QUOTE-17', sha256: 'b'.repeat(64) },
});

describe('recording spend over HTTP', () => {
  it('shows an approved disbursement in the budget view within two seconds', async () => {
    expect((await approver.post('/processes/p1/budget-lines', line('EO-1'))).status).toBe(201);
    const requested = await officer.post('/processes/p1/disbursements', spend('EO-1', 1_200_00));
    expect(requested.status).toBe(201);
    const id = requested.body.disbursementId as string;

    const approved = await approver.post(`/processes/p1/disbursements/${id}/approve`);
    expect(approved).toMatchObject({
      status: 200,
      body: { disbursementId: id, status: 'approved', version: 2 },
    });

    const started = Date.now();
    // Approved, not paid: pending, and no longer available; the request itself no longer waits.
    const figures = {
      allocated: { amount: 10_000_00, currency: 'USD' },
      committed: { amount: 0, currency: 'USD' },
      requested: { amount: 0, currency: 'USD' },
      approvedNotPaid: { amount: 1_200_00, currency: 'USD' },
      pending: { amount: 1_200_00, currency: 'USD' },
      disbursed: { amount: 0, currency: 'USD' },
      available: { amount: 8_800_00, currency: 'USD' },
    };
    const view = await eventually(
      () => officer.get('/processes/p1/budget'),
      (v) => isDeepStrictEqual(v.body.totals, figures),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    const { amount: _, ...described } = line('EO-1');
    expect(view.body).toEqual({
      processId: 'p1',
      asOf: null,
      knownAt: null,
      currency: 'USD',
      lines: [{ ...described, ...figures, version: 2 }],
      totals: figures,
      drafts: [],
    });
  });

  it('refuses the maker approving their own request, whatever the body says', async () => {
    await approver.post('/processes/p1/budget-lines', line('EO-2'));
    const { body } = await both.post('/processes/p1/disbursements', spend('EO-2', 100_00));
    const answer = await both.post(`/processes/p1/disbursements/${body.disbursementId}/approve`, {
      by: 'someone-else',
    });
    expect(answer.status).toBe(400);
    const plain = await both.post(`/processes/p1/disbursements/${body.disbursementId}/approve`);
    expect(plain).toMatchObject({ status: 422, body: { error: 'maker-cannot-approve' } });
    const overriding = await both.post(`/processes/p1/disbursements/${body.disbursementId}/approve`, {
      override: { reason: 'Urgent, and I am the approver too' },
    });
    expect(overriding).toMatchObject({ status: 422, body: { error: 'maker-cannot-approve' } });
  });

  it('rejects a request with a reason, and then it can no longer be approved', async () => {
    await approver.post('/processes/p1/budget-lines', line('EO-3'));
    const { body } = await officer.post('/processes/p1/disbursements', spend('EO-3', 100_00));
    const rejected = await approver.post(`/processes/p1/disbursements/${body.disbursementId}/reject`, {
      reason: 'No quotation',
    });
    expect(rejected).toMatchObject({ status: 200, body: { status: 'rejected' } });
    const late = await approver.post(`/processes/p1/disbursements/${body.disbursementId}/approve`);
    expect(late).toMatchObject({ status: 409, body: { error: 'disbursement-not-pending' } });
  });

  it('answers a repeated idempotency key with the first result and records nothing twice', async () => {
    await approver.post('/processes/p1/budget-lines', line('EO-4'));
    const key = { 'idempotency-key': 'request-eo4-0001' };
    const first = await officer.post('/processes/p1/disbursements', spend('EO-4', 100_00), key);
    const again = await officer.post('/processes/p1/disbursements', spend('EO-4', 100_00), key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    const reused = await officer.post('/processes/p1/disbursements', spend('EO-4', 999_00), key);
    expect(reused).toMatchObject({ status: 409, body: { error: 'idempotency-key-reused' } });
  });
});

describe('twenty identical approvals with one idempotency key at once', () => {
  it('answer the same status and the same bytes, the first answer, and approve once', async () => {
    await approver.post('/processes/p3/budget-lines', line('EO-6'));
    const requested = await officer.post('/processes/p3/disbursements', spend('EO-6', 100_00, 'p3'));
    const path = `/processes/p3/disbursements/${requested.body.disbursementId}`;
    const token = await runtime.issuer.sign({
      sub: 'finance-approver-1',
      roles: ['finance-approver'],
      processes: ['p3'],
    });
    // Raw answers: a replay must send the bytes first sent, not the same JSON serialized again.
    const approve = async () => {
      const response = await fetch(`${runtime.url}${path}/approve`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'approve-eo6-0001',
        },
        body: '{}',
      });
      const replayed = response.headers.get('idempotent-replayed') === 'true';
      return { status: response.status, text: await response.text(), replayed };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, approve));
    const first = answers.find((answer) => !answer.replayed);
    expect(JSON.parse(first?.text ?? '')).toMatchObject({ status: 'approved', version: 2 });
    expect(answers.map(({ status, text }) => ({ status, text }))).toEqual(
      Array.from({ length: 20 }, () => ({ status: 200, text: first?.text })),
    );
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(await approve()).toEqual({ ...first, replayed: true });
    const history = await officer.get(`${path}/history`);
    expect((history.body.items as { type: string }[]).map((item) => item.type)).toEqual([
      'DisbursementRequested',
      'DisbursementApproved',
    ]);
  });
});

/**
 * Sends a command until it is decided, as a client should: on 409 try-again, the same request with the
 * same idempotency key again after the seconds `Retry-After` says.
 */
async function untilDecided(send: (key: Record<string, string>) => Promise<Answer>): Promise<Answer> {
  const key = { 'idempotency-key': randomUUID() };
  for (;;) {
    const answer = await send(key);
    if (answer.body.error !== 'try-again') return answer;
    const seconds = answer.headers.get('retry-after') ?? '';
    expect(seconds).toMatch(/^\d+$/);
    await sleep(Number(seconds) * 1_000);
  }
}

describe('twenty concurrent approvals against one line', () => {
  // Forty contended commands on one line, each sent again after its Retry-After: more than the default time.
  it('never overspend it', async () => {
    await approver.post('/processes/p2/budget-lines', line('TIGHT', 10_000_00));
    const requests = await Promise.all(
      Array.from({ length: 20 }, () =>
        untilDecided((key) =>
          officer.post('/processes/p2/disbursements', spend('TIGHT', 1_000_00, 'p2'), key),
        ),
      ),
    );
    const answers = await Promise.all(
      requests.map((r) =>
        untilDecided((key) =>
          approver.post(`/processes/p2/disbursements/${r.body.disbursementId}/approve`, {}, key),
        ),
      ),
    );

    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body.error])).toEqual(
      Array.from({ length: 10 }, () => [422, 'insufficient-funds-on-line']),
    );

    // Ten approved (10,000.00, not paid) and ten refused, which still wait as requests.
    const view = await eventually(
      () => officer.get('/processes/p2/budget'),
      (v) => {
        const [row] = (v.body.lines ?? []) as {
          approvedNotPaid: { amount: number };
          requested: { amount: number };
        }[];
        return row?.approvedNotPaid.amount === 10_000_00 && row.requested.amount === 10_000_00;
      },
    );
    expect(view.body.lines).toEqual([
      expect.objectContaining({
        approvedNotPaid: { amount: 10_000_00, currency: 'USD' },
        requested: { amount: 10_000_00, currency: 'USD' },
        available: { amount: 0, currency: 'USD' },
      }),
    ]);
  }, 90_000);
});

describe('bad requests', () => {
  it('answers malformed JSON with 400 naming the body', async () => {
    const answer = await approver.post('/processes/p1/budget-lines', '{"lineId":');
    expect(answer).toEqual(
      expect.objectContaining({
        status: 400,
        body: { error: 'invalid-json', issues: [{ field: 'body', reason: 'is not valid JSON' }] },
      }),
    );
  });

  it('answers a wrong field with 400 naming the field and the reason', async () => {
    const answer = await approver.post('/processes/p1/budget-lines', {
      ...line('EO-9'),
      amount: { amount: 12.5, currency: 'USD' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'invalid-request',
      issues: [{ field: 'amount.amount', reason: 'must be an integer in minor units' }],
    });
  });

  it('refuses fields the command does not know', async () => {
    const answer = await approver.post('/processes/p1/budget-lines', { ...line('EO-9'), approvedBy: 'me' });
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([expect.objectContaining({ field: 'body' })]);
  });

  it('refuses an id that could forge a key into another partition', async () => {
    // A process id the token does not name is refused before it is even parsed.
    const forgedProcess = await approver.post('/processes/p1%23budget-line%23X/budget-lines', line('EO-9'));
    expect(forgedProcess).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    const forgedLine = await approver.post('/processes/p1/budget-lines', line('p2#budget-line#EO-9'));
    expect(forgedLine).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'lineId' })] },
    });
  });

  it('requires an idempotency key on every command', async () => {
    const answer = await approver.post('/processes/p1/budget-lines', line('EO-9'), { 'idempotency-key': '' });
    expect(answer).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'idempotency-key' })] },
    });
  });

  it('answers a JSON body sent as another media type with 415', async () => {
    const answer = await approver.post('/processes/p1/budget-lines', line('EO-9'), {
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(415);
  });

  it('answers a request for an unknown disbursement with 404', async () => {
    const answer = await approver.post('/processes/p1/disbursements/no-such-thing/approve');
    expect(answer).toMatchObject({ status: 404, body: { error: 'disbursement-not-found' } });
  });

  it('answers without a valid token with 401 before any handler runs', async () => {
    const anonymous = await fetch(`${runtime.url}/processes/p1/budget`);
    expect(anonymous.status).toBe(401);
    const forged = await fetch(`${runtime.url}/processes/p1/budget`, {
      headers: { authorization: 'Bearer a.b.c' },
    });
    expect(forged.status).toBe(401);
  });

  it('carries the correlation id back on answers and refusals', async () => {
    const answer = await approver.post('/processes/p1/budget-lines', '{', {
      'x-correlation-id': 'trace-123',
    });
    expect(answer.headers.get('x-correlation-id')).toBe('trace-123');
  });
});

describe('reading and editing an aggregate', () => {
  it('returns its current state and version, and 404 for one never recorded', async () => {
    await approver.post('/processes/p3/budget-lines', line('S-1'));
    const { body } = await officer.post('/processes/p3/disbursements', spend('S-1', 250_00, 'p3'));
    const read = await approver.get(`/processes/p3/disbursements/${body.disbursementId}`);
    expect(read).toMatchObject({
      status: 200,
      body: {
        status: 'requested',
        lineId: 'S-1',
        amount: { amount: 250_00, currency: 'USD' },
        requestedBy: 'finance-officer-1',
        version: 1,
      },
    });
    expect(read.headers.get('etag')).toBe('"1"');
    expect((await approver.get('/processes/p3/budget-lines/S-1')).body).toMatchObject({
      status: 'adopted',
      version: 1,
    });
    expect((await approver.get('/processes/p3/budget-lines/NOPE')).status).toBe(404);
  });

  it('refuses an edit made from a stale version with 409 and the current version', async () => {
    await approver.post('/processes/p3/budget-lines', line('S-2'));
    const { body } = await officer.post('/processes/p3/disbursements', spend('S-2', 100_00, 'p3'));
    const path = `/processes/p3/disbursements/${body.disbursementId}`;
    await approver.post(`${path}/reject`, { reason: 'wrong payee' }, { 'if-match': '1' });
    const stale = await approver.post(`${path}/approve`, undefined, { 'if-match': '1' });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: 'stale-version', details: { currentVersion: 2 } },
    });
    const malformed = await approver.post(`${path}/approve`, undefined, { 'if-match': 'yesterday' });
    expect(malformed).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'if-match' })] },
    });
  });
});
