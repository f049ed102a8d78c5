import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../events/event-store';
import { localAws } from '../../local/dynamodb';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs, startRuntime } from '../support/http';

let runtime: LocalRuntime;
let head: Caller;
let deputy: Caller;
let events: EventStore;

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
  deputy = await callerAs(runtime, 'deputy-outreach', ['leadership'], { processes });
  const client = new DynamoDBClient({ ...localAws, endpoint: runtime.dynamoEndpoint });
  events = new EventStore(DynamoDBDocumentClient.from(client), runtime.tables.events);
});
afterAll(() => runtime?.stop());

/** Progress may not be dated after the day it is recorded, so the dates follow the clock. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = () => daysFromToday(0);

const firstDraft = {
  kind: 'output',
  metric: 'First draft of the Constitution produced',
  target: 1,
  dueDate: daysFromToday(180),
  owner: { unit: 'secretarial-services' },
};
const meetings = {
  kind: 'process',
  metric: 'Consultative meetings held',
  target: 30,
  dueDate: daysFromToday(120),
  owner: { committee: 'Committee on Public Participation' },
};
const minutes = { reference: 'Minutes, Nakuru county meeting', sha256: 'ab'.repeat(32) };

const setBenchmark = async (body: unknown) => {
  const answer = await head.post('/processes/p1/benchmarks', body);
  expect(answer.status).toBe(201);
  return `/processes/p1/benchmarks/${answer.body.benchmarkId}`;
};

describe('benchmarks over HTTP', () => {
  it('sets an output and a process benchmark, each read back with a baseline of 0 by default', async () => {
    const answer = await head.post('/processes/p1/benchmarks', firstDraft);
    expect(answer).toMatchObject({ status: 201, body: { benchmarkId: expect.any(String), version: 1 } });
    const draft = await head.get(`/processes/p1/benchmarks/${answer.body.benchmarkId}`);
    expect(draft).toMatchObject({
      status: 200,
      body: { ...firstDraft, status: 'set', baseline: 0, value: 0, version: 1 },
    });

    const path = await setBenchmark(meetings);
    expect((await head.get(path)).body).toMatchObject({
      ...meetings,
      benchmarkId: path.split('/').at(-1),
      status: 'set',
      value: 0,
    });
  });

  it('records progress towards 30 meetings until the target is reached, then refuses more', async () => {
    const path = await setBenchmark(meetings);
    const twelve = await deputy.post(`${path}/progress`, {
      date: today(),
      value: 12,
      evidence: minutes,
      area: 'Nakuru',
    });
    expect(twelve).toMatchObject({ status: 200, body: { achieved: false, version: 2 } });

    const lower = await deputy.post(`${path}/progress`, { date: today(), value: 11, evidence: minutes });
    expect(lower).toMatchObject({
      status: 422,
      body: { error: 'progress-below-last-value', details: { last: 12, asked: 11 } },
    });
    const corrected = await deputy.post(`${path}/progress`, {
      date: today(),
      value: 11,
      evidence: minutes,
      correction: 'One meeting was counted twice',
    });
    expect(corrected).toMatchObject({ status: 200, body: { achieved: false, version: 3 } });

    const reached = await deputy.post(`${path}/progress`, { date: today(), value: 30, evidence: minutes });
    expect(reached).toMatchObject({ status: 200, body: { achieved: true, version: 5 } });
    expect((await head.get(path)).body).toMatchObject({ status: 'achieved', value: 30, version: 5 });

    const more = await deputy.post(`${path}/progress`, { date: today(), value: 31, evidence: minutes });
    expect(more).toMatchObject({ status: 409, body: { error: 'benchmark-already-achieved' } });
    const moved = await head.post(`${path}/reschedule`, { newDueDate: daysFromToday(400), reason: 'Late' });
    expect(moved).toMatchObject({ status: 409, body: { error: 'benchmark-already-achieved' } });
  });

  it('stores progress and achievement as facts, with no computed status in them', async () => {
    const path = await setBenchmark(meetings);
    await deputy.post(`${path}/progress`, { date: today(), value: 30, evidence: minutes });
    const stored = await events.read(`p1#benchmark#${path.split('/').at(-1)}`);
    expect(stored.map((event) => event.type)).toEqual([
      'BenchmarkSet',
      'BenchmarkProgressRecorded',
      'BenchmarkAchieved',
    ]);
    for (const event of stored) expect(event.data).not.toHaveProperty('status');
    expect(stored[1]?.data).toMatchObject({ value: 30, evidence: minutes, recordedBy: 'deputy-outreach' });
  });

  it('refuses progress dated before the latest progress recorded, naming both dates', async () => {
    const path = await setBenchmark(meetings);
    const latest = await deputy.post(`${path}/progress`, { date: today(), value: 5, evidence: minutes });
    expect(latest).toMatchObject({ status: 200, body: { version: 2 } });
    const earlier = await deputy.post(`${path}/progress`, {
      date: daysFromToday(-1),
      value: 6,
      evidence: minutes,
    });
    expect(earlier).toMatchObject({
      status: 422,
      body: {
        error: 'progress-dated-before-last-progress',
        details: { date: daysFromToday(-1), lastProgressDate: today() },
      },
    });
    expect((await head.get(path)).body).toMatchObject({ value: 5, version: 2 });
  });

  it('refuses progress dated after today', async () => {
    const path = await setBenchmark(meetings);
    const answer = await deputy.post(`${path}/progress`, {
      date: daysFromToday(2),
      value: 3,
      evidence: minutes,
    });
    expect(answer).toMatchObject({
      status: 422,
      body: { error: 'date-after-today', details: { field: 'date', date: daysFromToday(2) } },
    });
  });

  it('marks an output benchmark achieved only with a value that reaches its target', async () => {
    const path = await setBenchmark(firstDraft);
    const draft = { reference: 'Draft Constitution v1, tabled to the plenary' };
    const short = await head.post(`${path}/achieve`, { date: today(), value: 0, evidence: draft });
    expect(short).toMatchObject({
      status: 422,
      body: { error: 'benchmark-target-not-reached', details: { target: 1, value: 0 } },
    });
    const done = await head.post(`${path}/achieve`, { date: today(), value: 1, evidence: draft });
    expect(done).toMatchObject({ status: 200, body: { achieved: true, version: 3 } });
    expect((await head.get(path)).body).toMatchObject({ status: 'achieved', value: 1 });
  });

  it('reschedules with a reason and records the caller as the approver, never a field of the body', async () => {
    const path = await setBenchmark(meetings);
    const newDueDate = daysFromToday(200);
    const forged = await head.post(`${path}/reschedule`, { newDueDate, reason: 'Floods', approvedBy: 'x' });
    expect(forged).toMatchObject({ status: 400, body: { error: 'invalid-request' } });

    const moved = await head.post(`${path}/reschedule`, { newDueDate, reason: 'Floods in the north' });
    expect(moved).toMatchObject({ status: 200, body: { dueDate: newDueDate, version: 2 } });
    expect((await deputy.get(path)).body).toMatchObject({ dueDate: newDueDate });
    const [, rescheduled] = await events.read(`p1#benchmark#${path.split('/').at(-1)}`);
    expect(rescheduled?.data).toMatchObject({
      previousDueDate: meetings.dueDate,
      newDueDate,
      reason: 'Floods in the north',
      approvedBy: 'secretariat-head',
    });

    const noReason = await head.post(`${path}/reschedule`, { newDueDate: daysFromToday(300) });
    expect(noReason).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'reason' })] },
    });
  });

  it('refuses a baseline that is not below the target, and an owner that is both a unit and a committee', async () => {
    const baseline = await head.post('/processes/p1/benchmarks', { ...meetings, baseline: 30 });
    expect(baseline).toMatchObject({ status: 422, body: { error: 'baseline-not-below-target' } });
    const owners = await head.post('/processes/p1/benchmarks', {
      ...meetings,
      owner: { unit: 'education-outreach', committee: 'Committee on Public Participation' },
    });
    expect(owners).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'owner' })] },
    });
    const fraction = await head.post('/processes/p1/benchmarks', { ...meetings, target: 2.5 });
    expect(fraction).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'target' })] },
    });
  });

  it('is refused, like every record, in a process never opened', async () => {
    const answer = await head.post('/processes/never-opened/benchmarks', meetings);
    expect(answer).toMatchObject({ status: 404, body: { error: 'process-not-found' } });
    const point = await head.post('/processes/never-opened/review-points', {
      date: today(),
      title: 'Review',
    });
    expect(point).toMatchObject({ status: 404, body: { error: 'process-not-found' } });
  });

  it('answers 404 for a benchmark never set', async () => {
    expect((await head.get('/processes/p1/benchmarks/nope')).status).toBe(404);
    const progress = await deputy.post('/processes/p1/benchmarks/nope/progress', {
      date: today(),
      value: 1,
      evidence: minutes,
    });
    expect(progress).toMatchObject({ status: 404, body: { error: 'benchmark-not-found' } });
  });
});

describe('review points over HTTP', () => {
  it('are scheduled, then held once with their decisions', async () => {
    const scheduled = await head.post('/processes/p1/review-points', {
      date: daysFromToday(90),
      title: 'First quarterly review of the work plan',
    });
    expect(scheduled).toMatchObject({ status: 201, body: { reviewPointId: expect.any(String), version: 1 } });
    const path = `/processes/p1/review-points/${scheduled.body.reviewPointId}`;
    expect((await head.get(path)).body).toMatchObject({ status: 'scheduled', version: 1 });

    const hold = {
      heldOn: today(),
      decisions: ['Move the northern hearings to May', 'Add two regional offices'],
      attendees: ['Chairperson', 'Secretariat Head'],
    };
    const held = await head.post(`${path}/hold`, hold);
    expect(held).toMatchObject({ status: 200, body: { status: 'held', version: 2 } });
    expect((await deputy.get(path)).body).toMatchObject({ status: 'held', ...hold });

    const again = await head.post(`${path}/hold`, hold);
    expect(again).toMatchObject({ status: 409, body: { error: 'review-point-already-held' } });
  });

  it('cannot be held before they are scheduled', async () => {
    const answer = await head.post('/processes/p1/review-points/never-scheduled/hold', {
      heldOn: today(),
      decisions: ['Anything'],
    });
    expect(answer).toMatchObject({ status: 404, body: { error: 'review-point-not-found' } });
  });

  it('need at least one decision to be held', async () => {
    const { body } = await head.post('/processes/p1/review-points', {
      date: today(),
      title: 'Mid-term review',
    });
    const answer = await head.post(`/processes/p1/review-points/${body.reviewPointId}/hold`, {
      heldOn: today(),
      decisions: [],
    });
    expect(answer).toMatchObject({
      status: 400,
      body: { issues: [expect.objectContaining({ field: 'decisions' })] },
    });
  });
});
