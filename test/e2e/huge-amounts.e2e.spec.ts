import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disbursement } from '../../domain/disbursement/decide';
import type { DomainEvent } from '../../events/catalog';
import { EventStore } from '../../events/event-store';
import { localAws } from '../../local/dynamodb';
import type { LocalRuntime } from '../../local/runtime';
import { approved, paid, requested } from '../support/builders';
import { type Caller, callerAs, settled, startRuntime } from '../support/http';

/**
 * Issue 13, defect 1: requests were not bounded, and the views refused sums past 2^53 inside the
 * projector, so two requests of 2^53 − 1 froze their line's row, the budget answered 422 and every
 * rebuild failed. Now a request is bounded by its line's allocation at the door, and the views'
 * arithmetic saturates, so whatever the store holds folds.
 */
const run = promisify(execFile);
const P = '/processes/huge';
const LARGEST = Number.MAX_SAFE_INTEGER;
const usd = (amount: number) => ({ amount, currency: 'USD' });
const document = { reference: 'INV-HUGE', sha256: 'e'.repeat(64) };
let runtime: LocalRuntime;
let officer: Caller;
let approver: Caller;
let sourceId: string;

const line = (lineId: string, amount: number) => ({
  lineId,
  unit: 'administration',
  activity: `Activity ${lineId}`,
  costCategory: 'contractual-services',
  amount: usd(amount),
});

const request = (lineId: string, amount: number) =>
  officer.post(`${P}/disbursements`, {
    lineId,
    fundingSourceId: sourceId,
    amount: usd(amount),
    payee: 'Venue Ltd',
    purpose: 'Hall',
    supportingDocument: document,
  });

const budgetLine = async (lineId: string, query = '') => {
  const answer = await approver.get(`${P}/budget${query}`);
  const lines = (answer.body.lines ?? []) as { lineId: string }[];
  return { status: answer.status, line: lines.find((row) => row.lineId === lineId) };
};

beforeAll(async () => {
  runtime = await startRuntime();
  const processes = ['huge'];
  const admin = await callerAs(runtime, 'admin-1', ['admin'], { processes });
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
  const adopted = await approver.post(`${P}/budget/adoptions`, {
    lines: [line('ADM-1', 50_000_00), line('BIG-1', LARGEST)],
    adoptedOn: '2026-01-05',
  });
  expect(adopted.status).toBe(201);
  const pledge = await officer.post(`${P}/contributions`, {
    donorId: 'eu',
    donorName: 'European Union',
    amount: usd(100_000_00),
    modality: 'basket-fund',
    restrictions: { units: [], lineIds: [] },
    reportingFrequency: 'quarterly',
    firstReportDue: '2026-03-31',
  });
  expect(pledge.status).toBe(201);
  sourceId = pledge.body.contributionId as string;
});
afterAll(() => runtime?.stop());

describe('a request', () => {
  it('above its line’s allocation is refused at the door, with both amounts', async () => {
    const first = await request('ADM-1', LARGEST);
    expect(first).toMatchObject({
      status: 422,
      body: {
        error: 'request-exceeds-allocation',
        details: { allocated: usd(50_000_00), asked: usd(LARGEST) },
      },
    });
    expect((await request('ADM-1', LARGEST)).body).toMatchObject({ error: 'request-exceeds-allocation' });
    expect((await request('ADM-1', 50_000_01)).status).toBe(422);
    expect((await request('ADM-1', 50_000_00)).status).toBe(201);
  });
});

describe('the views', () => {
  it('keep a line up to date when the requests it holds add up past 2^53', async () => {
    // Two requests each within a line allocated the largest amount: both accepted
    expect((await request('BIG-1', LARGEST)).status).toBe(201);
    expect((await request('BIG-1', LARGEST)).status).toBe(201);
    // The row still updates: its requested figure stays at the largest amount a number holds exactly
    const settledLine = await settled(
      () => budgetLine('BIG-1'),
      ({ status, line }) => {
        expect(status).toBe(200);
        expect(line).toMatchObject({ requested: usd(LARGEST), pending: usd(LARGEST) });
      },
    );
    expect(settledLine.line).toMatchObject({ allocated: usd(LARGEST), available: usd(LARGEST) });
    const asOf = await budgetLine('BIG-1', '?asOf=2026-12-31');
    expect(asOf).toMatchObject({ status: 200, line: { requested: usd(LARGEST) } });
  });

  it('fold a log written straight to the table with huge amounts, and so does the rebuild', async () => {
    // Given a log the door would refuse, written as the store writes it
    const client = new DynamoDBClient({ ...localAws, endpoint: runtime.dynamoEndpoint });
    const store = new EventStore(DynamoDBDocumentClient.from(client), runtime.tables.events);
    const charge = { lineId: 'ADM-1', fundingSourceId: sourceId, budgetAmount: usd(LARGEST) };
    const on = { ...charge, amount: usd(LARGEST) };
    const logs: Record<string, DomainEvent[]> = {
      'huge-1': [requested({ ...on, disbursementId: 'huge-1' })],
      'huge-2': [requested({ ...on, disbursementId: 'huge-2' })],
      'huge-3': [
        requested({ ...on, disbursementId: 'huge-3' }),
        approved({ ...on, disbursementId: 'huge-3' }),
        paid({ ...charge, disbursementId: 'huge-3' }),
      ],
      'huge-4': [
        requested({ ...on, disbursementId: 'huge-4' }),
        approved({ ...on, disbursementId: 'huge-4' }),
        paid({ ...charge, disbursementId: 'huge-4' }),
      ],
    };
    let n = 0;
    for (const [id, events] of Object.entries(logs))
      for (const event of events) {
        n += 1;
        const stream = await store.load(`huge#disbursement#${id}`, disbursement);
        const metadata = {
          processId: 'huge',
          actor: 'finance-officer-1',
          role: 'finance-officer',
          commandId: `direct-${n}`,
          correlationId: `direct-${n}`,
          causationId: `direct-${n}`,
          recordedAt: new Date().toISOString(),
        };
        await store.append({ commandId: `direct-${n}`, requestHash: 'h', metadata, result: {} }, [
          { stream, events: [event] },
        ]);
      }
    client.destroy();

    // Then the projector folds it: the line's row follows, and every budget view answers
    await settled(
      () => budgetLine('ADM-1'),
      ({ status, line }) => {
        expect(status).toBe(200);
        // Paid twice 2^53 − 1: the figure saturates there; past it a view's sums are no longer exact
        expect(line).toMatchObject({ disbursed: usd(LARGEST) });
      },
    );
    for (const view of ['', '?asOf=2026-12-31', '/by-unit', '/by-source', '/monthly', '/forecast'])
      expect((await approver.get(`${P}/budget${view}`)).status, view).toBe(200);

    // And the rebuild replays the whole table, exiting 0
    const rebuilt = await run(
      'npx',
      ['tsx', 'local/rebuild.ts', '--endpoint', runtime.dynamoEndpoint, '--events', runtime.tables.events],
      { env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } },
    );
    expect(rebuilt.stdout).toMatch(/^Rebuilt \d+ rows/);
  }, 60_000);
});
