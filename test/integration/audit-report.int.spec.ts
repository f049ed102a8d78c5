import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditReport } from '../../domain/audit/audit-report';
import { withDigest } from '../../domain/audit/digest';
import type { DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { generateAuditReport, verifyAuditReport } from '../../functions/audit/verify';
import { main } from '../../local/audit-verify';
import { donorStory } from '../support/donor-story';
import { freshTables } from '../support/tables';

let tables: Awaited<ReturnType<typeof freshTables>>;
const story = donorStory().inRecordedOrder();
const february = { processId: 'p1', donorId: 'eu', from: '2026-02-01', to: '2026-02-28' };

/** A decider that keeps no state: the audit reads events, not tips. */
const anyStream = { stateVersion: 0, initialState: null, evolve: () => null, decide: () => [] };

/** Appends the story through the event store, each event as the command that recorded it, when it did. */
async function record(events: readonly StoredEvent[]) {
  for (const event of events) {
    const stream = await tables.store.load(event.streamId, anyStream);
    const { type, data } = event;
    await tables.store.append(
      { commandId: event.metadata.commandId, requestHash: 'h', metadata: event.metadata, result: {} },
      [{ stream, events: [{ type, data } as DomainEvent] }],
    );
  }
}

const cli = (...extra: string[]) =>
  main(
    [
      ...['--process', 'p1', '--donor', 'eu', '--from', '2026-02-01', '--to', '2026-02-28'],
      ...['--table', tables.names.events, '--endpoint', tables.endpoint],
      ...extra,
    ],
    {},
  );

beforeAll(async () => {
  tables = await freshTables();
  await record(story);
});

describe('the audit report from the Events table', () => {
  it('is the report of the log as stored, hashes and all', async () => {
    expect(await generateAuditReport(tables.store, february)).toEqual(
      withDigest(auditReport(story, february) ?? {}),
    );
  });

  it('as known at a past instant is what the log held then, though more was recorded since', async () => {
    const knownAt = '2026-02-28T23:59:59.999Z';
    const asItWas = story.filter((e) => e.metadata.recordedAt <= knownAt);
    const then = await generateAuditReport(tables.store, { ...february, knownAt });
    expect(then).toEqual(withDigest(auditReport(asItWas, { ...february, knownAt }) ?? {}));
    // d4, paid 17 Feb from c-eu2 and entered 2 Mar, was not known yet; it is February's once entered.
    expect(then?.contributions[1]?.budget.closing).toEqual({ amount: 20_000_00, currency: 'USD' });
    const now = await generateAuditReport(tables.store, february);
    expect(now?.contributions[1]?.budget.closing).toEqual({ amount: 18_500_00, currency: 'USD' });
    // c-eu by value date: what moved by 28 Feb (see the domain spec), though 38,800.00 by 31 Mar.
    expect(now?.contributions[0]?.budget.closing).toEqual({ amount: 42_100_00, currency: 'USD' });
  });
});

describe('verifying the audit report', () => {
  it('holds for its digest and for the report itself, every stream’s chain intact', async () => {
    const report = await generateAuditReport(tables.store, february);
    const byDigest = await verifyAuditReport(tables.store, {
      request: february,
      digest: report?.digest.value ?? '',
    });
    expect(byDigest).toMatchObject({ valid: true, digest: { matches: true }, firstMismatch: null });
    // Every stream of the process walked as stored, not only those the report rests on.
    expect(byDigest.log).toEqual({
      streams: new Set(story.map((e) => e.streamId)).size,
      events: story.length,
    });
    expect(byDigest.findings).toEqual([]);
    const byReport = await verifyAuditReport(tables.store, {
      request: february,
      ...(report ? { report } : {}),
    });
    expect(byReport).toMatchObject({ valid: true, reportIntact: true, firstDifference: null });
    expect(await cli('--digest', report?.digest.value ?? '')).toMatchObject({ code: 0 });
  });

  it('fails for a report edited after it was issued, naming the field', async () => {
    const report = await generateAuditReport(tables.store, february);
    const edited = { ...report, donorName: 'Someone else' };
    expect(await verifyAuditReport(tables.store, { request: february, report: edited })).toMatchObject({
      valid: false,
      reportIntact: false,
      firstDifference: 'donorName',
      firstMismatch: null,
    });
  });

  it('fails once a stored event is changed in place, naming its stream, version and problem', async () => {
    const issued = await generateAuditReport(tables.store, february);
    // What no function's role may do: rewrite d2's request to name another payee.
    await tables.documents.send(
      new UpdateCommand({
        TableName: tables.names.events,
        Key: { streamId: 'p1#disbursement#d2', version: 1 },
        UpdateExpression: 'SET #data.#payee = :payee',
        ExpressionAttributeNames: { '#data': 'data', '#payee': 'payee' },
        ExpressionAttributeValues: { ':payee': 'Shell Company Ltd' },
      }),
    );
    const verdict = await verifyAuditReport(tables.store, {
      request: february,
      ...(issued ? { report: issued } : {}),
    });
    expect(verdict).toMatchObject({
      valid: false,
      reportIntact: true,
      digest: { matches: false },
      firstDifference: 'entries[0].payee',
      firstMismatch: { streamId: 'p1#disbursement#d2', version: 1, problem: 'hash-mismatch' },
    });
    const fromCli = await cli('--digest', issued?.digest.value ?? '');
    expect(fromCli.code).toBe(1);
    expect(JSON.parse(fromCli.output).firstMismatch).toEqual({
      streamId: 'p1#disbursement#d2',
      version: 1,
      problem: 'hash-mismatch',
    });
  });
});
