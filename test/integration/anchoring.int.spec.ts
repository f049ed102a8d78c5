import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { statementDigest } from '../../events/anchor';
import { KeyFileSigner, trustedKeys } from '../../events/anchor-signers';
import { AnchorStore } from '../../events/anchor-store';
import type { DomainEvent } from '../../events/catalog';
import { ITEM_KIND, type StoredEvent, TIP_VERSION } from '../../events/envelope';
import { hashEvent } from '../../events/hash-chain';
import { anchorEveryProcess, anchorReport } from '../../functions/anchor/anchoring';
import { verifyAnchors } from '../../functions/audit/anchor-check';
import { verifyLog } from '../../functions/audit/log-verification';
import { generateAuditReport, verifyAuditReport } from '../../functions/audit/verify';
import { anchorsTable } from '../../infra/tables';
import { main } from '../../local/audit-verify';
import { createTable } from '../../local/dynamodb';
import { donorStory } from '../support/donor-story';
import { freshTables } from '../support/tables';

const story = donorStory().inRecordedOrder();
const february = { processId: 'p1', donorId: 'eu', from: '2026-02-01', to: '2026-02-28' };
const anyStream = { stateVersion: 0, initialState: null, evolve: () => null, decide: () => [] };
const d2 = 'p1#disbursement#d2';

const keyDir = mkdtempSync(join(tmpdir(), 'anchor-spec-'));
const keyFile = join(keyDir, 'anchor-key.pem');
const signer = KeyFileSigner.open(keyFile);

let tables: Awaited<ReturnType<typeof freshTables>>;
let anchors: AnchorStore;
let anchorsName: string;

/** The story appended through the event store, as its commands recorded it. */
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

const sources = async () => ({
  client: tables.documents,
  eventsTable: tables.names.events,
  anchors,
  keys: await trustedKeys([signer]),
});

const anchorNow = (at = '2026-03-31T12:00:00.000Z') =>
  anchorEveryProcess({
    client: tables.documents,
    eventsTable: tables.names.events,
    anchors,
    signer,
    now: new Date(at),
  });

const storedEvents = async (streamId: string): Promise<Record<string, unknown>[]> =>
  (
    await tables.documents.send(
      new QueryCommand({
        TableName: tables.names.events,
        KeyConditionExpression: 'streamId = :s AND version >= :one',
        ExpressionAttributeValues: { ':s': streamId, ':one': 1 },
      }),
    )
  ).Items ?? [];

/** Writes an item as someone with write access to the table would: past every function, hash recomputed. */
async function putHashed(item: Record<string, unknown>, changes: Partial<StoredEvent>): Promise<string> {
  const { kind, processId, position: _, hash: __, ...event } = item;
  const unhashed = { ...event, ...changes } as Omit<StoredEvent, 'hash'>;
  const hash = hashEvent(unhashed);
  const { recordedAt } = unhashed.metadata;
  const position = `${recordedAt}#${unhashed.streamId}#${String(unhashed.version).padStart(12, '0')}`;
  await tables.documents.send(
    new PutCommand({
      TableName: tables.names.events,
      Item: { ...unhashed, hash, kind, processId, position },
    }),
  );
  return hash;
}

/** Keeps the version-0 tip item (where the layout has one) in step, as a careful forger would. */
async function moveTip(streamId: string, lastVersion: number, lastHash: string) {
  const { Item } = await tables.documents.send(
    new GetCommand({ TableName: tables.names.events, Key: { streamId, version: TIP_VERSION } }),
  );
  if (Item?.kind === ITEM_KIND.tip)
    await tables.documents.send(
      new PutCommand({ TableName: tables.names.events, Item: { ...Item, lastVersion, lastHash } }),
    );
}

/** A next event on d2, chained and hashed correctly, written straight into the table. */
async function forgeAppend(): Promise<number> {
  const items = await storedEvents(d2);
  const last = items.at(-1) as Record<string, unknown> & { version: number; hash: string };
  const version = last.version + 1;
  const hash = await putHashed(last, {
    version,
    previousHash: last.hash,
    metadata: { ...(last.metadata as StoredEvent['metadata']), recordedAt: '2026-04-01T09:00:00.000Z' },
  });
  await moveTip(d2, version, hash);
  return version;
}

beforeEach(async () => {
  tables = await freshTables();
  anchorsName = `${tables.prefix}-anchors`;
  await createTable(tables.client, anchorsTable, anchorsName);
  anchors = new AnchorStore(tables.documents, anchorsName);
  await record(story);
});

describe('anchoring the log', () => {
  it('signs every stream’s tip of each process, once until the log moves, with the key file made on first use', async () => {
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const first = await anchorNow();
    const streams = new Set(story.map((e) => e.streamId));
    expect(first).toEqual({
      anchored: [{ processId: 'p1', streams: streams.size, digest: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      unchanged: 0,
    });
    const latest = await anchors.latest('p1');
    expect(latest?.tips.find((t) => t.streamId === d2)).toEqual({
      streamId: d2,
      version: story.filter((e) => e.streamId === d2).length,
      hash: story.filter((e) => e.streamId === d2).at(-1)?.hash,
    });
    expect(latest && statementDigest(latest)).toBe(latest?.digest);
    expect(await anchorNow('2026-03-31T13:00:00.000Z')).toEqual({ anchored: [], unchanged: 1 });
    expect(KeyFileSigner.open(keyFile).keyId).toBe(signer.keyId);
  });

  it('verifies: every anchor’s signature holds and the log reaches every anchored tip', async () => {
    await anchorNow();
    expect(await verifyAnchors(await sources(), 'p1')).toMatchObject({
      valid: true,
      anchors: 1,
      latestAnchoredAt: '2026-03-31T12:00:00.000Z',
      badAnchors: [],
      breaches: [],
      unanchored: [],
    });
  });
});

describe('what verification names', () => {
  it('a forged event appended after the last anchor, its hash correct and the chain consistent', async () => {
    await anchorNow();
    const forged = await forgeAppend();
    // The hash chain alone cannot tell it from a real event.
    expect((await verifyLog(tables.store, 'p1')).findings).toEqual([]);
    const verdict = await verifyAnchors(await sources(), 'p1');
    expect(verdict.unanchored).toEqual([
      { streamId: d2, version: forged, recordedAt: '2026-04-01T09:00:00.000Z' },
    ]);
    // The anchors themselves still hold: the forgery is after them, named, not hidden.
    expect(verdict).toMatchObject({ valid: true, breaches: [], badAnchors: [] });
  });

  it('an event edited before the anchor with every later hash recomputed, naming the anchored tip no longer reached', async () => {
    await anchorNow();
    const items = await storedEvents(d2);
    expect(items.length).toBeGreaterThan(1);
    // Rewrite d2's request to name another payee, then re-chain every later event consistently.
    let previousHash: string | null = null;
    for (const item of items) {
      const data = item.version === 1 ? { ...(item.data as object), payee: 'Shell Company Ltd' } : item.data;
      previousHash = await putHashed(item, { data, previousHash } as Partial<StoredEvent>);
    }
    await moveTip(d2, items.length, previousHash ?? '');
    expect((await verifyLog(tables.store, 'p1')).findings).toEqual([]);
    expect(await verifyAnchors(await sources(), 'p1')).toMatchObject({
      valid: false,
      breaches: [
        { streamId: d2, version: items.length, anchoredAt: '2026-03-31T12:00:00.000Z', problem: 'rewritten' },
      ],
    });
  });

  it('an event edited in place before the anchor, its hash not recomputed', async () => {
    await anchorNow();
    await tables.documents.send(
      new UpdateCommand({
        TableName: tables.names.events,
        Key: { streamId: d2, version: 1 },
        UpdateExpression: 'SET #data.payee = :payee',
        ExpressionAttributeNames: { '#data': 'data' },
        ExpressionAttributeValues: { ':payee': 'Shell Company Ltd' },
      }),
    );
    expect((await verifyAnchors(await sources(), 'p1')).breaches).toEqual([
      { streamId: d2, version: 1, anchoredAt: '2026-03-31T12:00:00.000Z', problem: 'hash-mismatch' },
    ]);
  });

  it('an anchor whose signature was tampered with, or whose tips were, and counts neither', async () => {
    await anchorNow();
    const key = { processId: 'p1', sk: '2026-03-31T12:00:00.000Z' };
    const { Item } = await tables.documents.send(new GetCommand({ TableName: anchorsName, Key: key }));
    const signature = Buffer.from(Item?.signature as string, 'base64');
    signature[signature.length - 1] = (signature.at(-1) ?? 0) ^ 0x01;
    await tables.documents.send(
      new UpdateCommand({
        TableName: anchorsName,
        Key: key,
        UpdateExpression: 'SET signature = :s',
        ExpressionAttributeValues: { ':s': signature.toString('base64') },
      }),
    );
    const verdict = await verifyAnchors(await sources(), 'p1');
    expect(verdict).toMatchObject({
      valid: false,
      badAnchors: [{ anchoredAt: '2026-03-31T12:00:00.000Z', scope: 'process', problem: 'bad-signature' }],
    });
    // An anchor that does not verify covers nothing: every event is named unanchored.
    expect(verdict.unanchored).toHaveLength(story.length);

    // A tip moved in the stored anchor to cover a forgery breaks its digest.
    const page = { processId: 'p1', sk: '2026-03-31T12:00:00.000Z#tips#0000' };
    await tables.documents.send(
      new UpdateCommand({
        TableName: anchorsName,
        Key: page,
        UpdateExpression: 'SET tips[0].version = :v',
        ExpressionAttributeValues: { ':v': 99 },
      }),
    );
    expect((await verifyAnchors(await sources(), 'p1')).badAnchors).toContainEqual({
      anchoredAt: '2026-03-31T12:00:00.000Z',
      scope: 'process',
      problem: 'digest-mismatch',
    });
  });

  it('an anchor signed with a key the verifier does not trust', async () => {
    const intruder = KeyFileSigner.open(join(keyDir, 'intruder.pem'));
    await anchorEveryProcess({
      client: tables.documents,
      eventsTable: tables.names.events,
      anchors,
      signer: intruder,
      now: new Date('2026-03-31T12:00:00.000Z'),
    });
    expect((await verifyAnchors(await sources(), 'p1')).badAnchors).toEqual([
      { anchoredAt: '2026-03-31T12:00:00.000Z', scope: 'process', problem: 'unknown-key' },
    ]);
  });
});

describe('an audit report’s anchor', () => {
  const issue = async () => {
    const report = await generateAuditReport(tables.store, february);
    if (!report) throw new Error('no report');
    const run = { client: tables.documents, eventsTable: tables.names.events, signer };
    const anchor = await anchorReport(
      { ...run, now: new Date('2026-03-31T15:00:00.000Z') },
      'p1',
      report.streams,
    );
    return { ...report, anchor };
  };

  it('covers the streams the report rests on, and verifies with the report as handed over', async () => {
    const report = await issue();
    expect(report.anchor.tips.map((t) => t.streamId)).toEqual([...report.streams].sort());
    const verdict = await verifyAuditReport(tables.store, { request: february, report }, await sources());
    expect(verdict).toMatchObject({
      valid: true,
      reportIntact: true,
      firstDifference: null,
      anchors: { valid: true, anchors: 1, unanchored: [] },
    });
  });

  it('names a forged append after the report was issued, and fails a tampered report anchor', async () => {
    const report = await issue();
    const forged = await forgeAppend();
    const after = await verifyAuditReport(tables.store, { request: february, report }, await sources());
    expect(after.anchors?.unanchored).toEqual([
      { streamId: d2, version: forged, recordedAt: '2026-04-01T09:00:00.000Z' },
    ]);
    const tampered = { ...report, anchor: { ...report.anchor, anchoredAt: '2026-04-02T00:00:00.000Z' } };
    const verdict = await verifyAuditReport(
      tables.store,
      { request: february, report: tampered },
      await sources(),
    );
    expect(verdict).toMatchObject({
      valid: false,
      anchors: { badAnchors: [{ scope: 'report', problem: 'digest-mismatch' }] },
    });
  });

  it('is checked by `npm run audit:verify` with the public key alone, offline', async () => {
    await anchorNow();
    const report = await issue();
    const file = join(keyDir, 'report.json');
    const publicKey = join(keyDir, 'anchor-public.pem');
    writeFileSync(file, JSON.stringify(report));
    writeFileSync(publicKey, await signer.publicKey());
    const cli = (...extra: string[]) =>
      main(
        [
          ...['--report', file, '--table', tables.names.events, '--endpoint', tables.endpoint],
          ...['--anchors-table', anchorsName, '--public-key', publicKey],
          ...extra,
        ],
        {},
      );
    const holds = await cli();
    expect(holds.code).toBe(0);
    expect(JSON.parse(holds.output).anchors).toMatchObject({ valid: true, anchors: 2 });
    const forged = await forgeAppend();
    const named = JSON.parse((await cli()).output).anchors.unanchored;
    expect(named).toEqual([{ streamId: d2, version: forged, recordedAt: '2026-04-01T09:00:00.000Z' }]);
  });
});
