/**
 * `npm run bench` (first part): what does the event store pay for an append and a command, beside
 * the raw DynamoDB calls it rests on, measured in the same run (timings on a shared machine drift;
 * the ratios are what to read)? The write units are what AWS would bill for the store's very
 * transaction, reckoned from its items by DynamoDB's sizing rules, the byProcess index included.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { budgetLine } from '../domain/budget-line/decide';
import { executeCommand } from '../events/command-execution';
import type { EventMetadata } from '../events/envelope';
import { EventStore } from '../events/event-store';
import { appendItems, type LoadedStream } from '../events/stream-items';
import { eventsTable } from '../infra/tables';
import { createTable, localAws, startDynamoDb } from '../local/dynamodb';
import { lineAdopted, lineCharged, usd } from '../test/support/builders';
import { freePort } from '../test/support/global-setup';

const TABLE = 'bench-events';
const SIZES = [1, 1_000, 10_000];
const ROUNDS = 100;
const THROUGHPUT_APPENDS = 500;

const dynamo = await startDynamoDb({ port: await freePort() });
const client = new DynamoDBClient({ ...localAws, endpoint: dynamo.endpoint });
const documents = DynamoDBDocumentClient.from(client);
await createTable(client, eventsTable, TABLE);
const store = new EventStore(documents, TABLE);

/** What the store's last transaction wrote, caught on its way to DynamoDB. */
let written: readonly TransactItem[] = [];
documents.middlewareStack.add(
  (next) => async (args) => {
    const input = args.input as { TransactItems?: readonly TransactItem[] };
    if (input.TransactItems) written = input.TransactItems;
    return next(args);
  },
  { step: 'initialize' },
);
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * An item's size as DynamoDB bills it: attribute names and values, numbers at their digits, a map's
 * or list's 3 bytes plus a byte an element (DynamoDB Local miscounts transactions, so it is not asked).
 */
const sizeOf = (value: unknown): number => {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(value).replace(/[-.]/g, '').length / 2) + 1;
  if (value === null || typeof value === 'boolean') return 1;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + sizeOf(v), 0);
  return Object.entries(value as object).reduce(
    (n, [k, v]) => n + 3 + Buffer.byteLength(k) + 1 + sizeOf(v),
    0,
  );
};
const [byProcess] = eventsTable.indexes;
/** The write units a transaction costs on AWS: two a kilobyte of each item, and of each index copy. */
const writeUnits = (items: readonly TransactItem[]): number =>
  items.reduce((units, { Put, ConditionCheck }) => {
    if (ConditionCheck) return units + 2;
    const item = Put?.Item ?? {};
    const copy =
      byProcess && item[byProcess.partitionKey.name] !== undefined
        ? byProcess.projection === 'all'
          ? item
          : Object.fromEntries(
              [
                'streamId',
                'version',
                byProcess.partitionKey.name,
                byProcess.sortKey.name,
                ...byProcess.projection,
              ].map((name) => [name, item[name]]),
            )
        : undefined;
    return units + 2 * Math.ceil(sizeOf(item) / 1024) + (copy ? 2 * Math.ceil(sizeOf(copy) / 1024) : 0);
  }, 0);
const unitsOf = async (run: () => Promise<unknown>): Promise<number> => {
  await run();
  return writeUnits(written);
};

const metadata = (): EventMetadata => {
  const id = randomUUID();
  return {
    processId: 'bench',
    actor: 'fo',
    role: 'finance-officer',
    commandId: id,
    correlationId: id,
    causationId: id,
    recordedAt: new Date().toISOString(),
  };
};
const recorded = (m: EventMetadata) => ({
  commandId: m.commandId,
  requestHash: 'h',
  metadata: m,
  result: {},
});
const fresh = (): LoadedStream => ({
  streamId: `bench#budget-line#${randomUUID()}`,
  decider: budgetLine,
  state: budgetLine.initialState,
  version: 0,
  lastHash: null,
});
const adopted = () => lineAdopted({ amount: usd(Number.MAX_SAFE_INTEGER) });
/** The items one append of `streams` new lines writes, as the store builds them. */
const itemsOf = (streams: number) =>
  appendItems(
    TABLE,
    recorded(metadata()),
    Array.from({ length: streams }, () => ({ stream: fresh(), events: [adopted()] })),
  );

/** A line with `size` events, written 98 to a transaction. */
async function seed(size: number): Promise<string> {
  const streamId = `bench#budget-line#L${size}`;
  let written = 0;
  while (written < size) {
    const stream = await store.load(streamId, budgetLine);
    const count = Math.min(98, size - written);
    const events = Array.from({ length: count }, (_, i) =>
      written + i === 0 ? adopted() : lineCharged({ amount: usd(1) }),
    );
    await store.append(recorded(metadata()), [{ stream, events }]);
    written += count;
  }
  return streamId;
}

interface Timing {
  readonly p50: number;
  readonly p95: number;
}
/**
 * p50 and p95 of each run, taken in turns round by round (its raw calls, a PutItem, the store), so a
 * machine that slows down for a while slows all alike.
 */
async function time(rounds: number, ...runs: ((round: number) => Promise<unknown>)[]): Promise<Timing[]> {
  const samples = runs.map((): number[] => []);
  for (let i = 0; i < rounds; i++)
    for (const [index, run] of runs.entries()) {
      const start = performance.now();
      await run(i);
      samples[index]?.push(performance.now() - start);
    }
  return samples.map((sorted) => {
    sorted.sort((a, b) => a - b);
    return { p50: sorted[Math.floor(rounds * 0.5)] ?? 0, p95: sorted[Math.floor(rounds * 0.95)] ?? 0 };
  });
}

/** Operations a second with `inFlight` running at once, `total` in all. */
async function throughput(inFlight: number, total: number, run: () => Promise<unknown>): Promise<number> {
  let started = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started++ < total) await run();
    }),
  );
  return total / ((performance.now() - start) / 1000);
}

const rawPut = () =>
  documents.send(
    new PutCommand({ TableName: TABLE, Item: { ...itemsOf(1).at(-1)?.Put?.Item, streamId: randomUUID() } }),
  );
const rawTransaction = (streams: number) => {
  const items = itemsOf(streams);
  return () => documents.send(new TransactWriteCommand({ TransactItems: items }));
};
/** The read a load makes when the latest event carries the state: the newest item of the stream. */
const rawLatest = (streamId: string) =>
  documents.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'streamId = :s AND version >= :first',
      ExpressionAttributeValues: { ':s': streamId, ':first': 1 },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
const rawGet = (streamId: string, version: number) =>
  documents.send(new GetCommand({ TableName: TABLE, Key: { streamId, version }, ConsistentRead: true }));
/** The one read a load makes. */
const rawLoad = { name: 'Query of the newest item', read: rawLatest };

const rows: Record<string, string | number>[] = [];
const row = (
  measure: string,
  writes: { items: number; units: number } | undefined,
  t: Timing,
  raw: { name: string; t: Timing },
  put: Timing,
) =>
  rows.push({
    measure,
    items: writes?.items ?? '',
    'write units': writes?.units ?? '',
    'p50 ms': +t.p50.toFixed(2),
    'p95 ms': +t.p95.toFixed(2),
    'raw calls': raw.name,
    'raw p50 ms': +raw.t.p50.toFixed(2),
    '÷ raw': +(t.p50 / raw.t.p50).toFixed(2),
    '÷ PutItem': +(t.p50 / put.p50).toFixed(2),
  });

try {
  // DynamoDB Local's JVM answers its first calls slower: warm it before measuring.
  await time(
    ROUNDS,
    rawPut,
    () => rawTransaction(1)(),
    () => store.load('bench#warm-up', budgetLine),
  );

  for (const streams of [1, 3]) {
    const measure =
      streams === 1 ? 'append: 1 stream, 1 event' : 'append: 3 streams, 1 event each (as an approval)';
    const append = () =>
      store.append(
        recorded(metadata()),
        Array.from({ length: streams }, () => ({ stream: fresh(), events: [adopted()] })),
      );
    const raws = Array.from({ length: ROUNDS }, () => rawTransaction(streams));
    const items = itemsOf(streams).length;
    const [raw, put, t] = await time(ROUNDS, (i) => (raws[i] as () => Promise<unknown>)(), rawPut, append);
    row(
      measure,
      { items, units: await unitsOf(append) },
      t as Timing,
      { name: `TransactWriteItems ×${items}`, t: raw as Timing },
      put as Timing,
    );
  }

  for (const size of SIZES) {
    const streamId = await seed(size);
    const [latest, put, load] = await time(
      ROUNDS,
      () => rawLoad.read(streamId),
      rawPut,
      () => store.load(streamId, budgetLine),
    );
    row(
      `load a line of ${size} events`,
      undefined,
      load as Timing,
      { name: rawLoad.name, t: latest as Timing },
      put as Timing,
    );

    const charge = () => {
      const m = metadata();
      return executeCommand(store, recorded(m), async (load) => {
        const line = await load(streamId, budgetLine);
        const command = {
          type: 'ChargeBudgetLine' as const,
          disbursementId: m.commandId,
          amount: usd(1),
          by: 'head',
          at: m.recordedAt,
        };
        return { changes: [{ stream: line, events: budgetLine.decide(command, line.state) }], result: {} };
      });
    };
    const raws = Array.from({ length: ROUNDS }, () => rawTransaction(1));
    const items = itemsOf(1).length;
    const [raw, putAgain, t] = await time(
      ROUNDS,
      async (i) => {
        await rawGet(`bench#command#${randomUUID()}`, 0);
        await rawLoad.read(streamId);
        await (raws[i] as () => Promise<unknown>)();
      },
      rawPut,
      charge,
    );
    row(
      `command on a line of ${size} events`,
      { items, units: await unitsOf(charge) },
      t as Timing,
      { name: `GetItem, ${rawLoad.name}, TransactWriteItems ×${items}`, t: raw as Timing },
      putAgain as Timing,
    );
  }

  for (const inFlight of [16, 64]) {
    const raws = Array.from({ length: THROUGHPUT_APPENDS }, () => rawTransaction(1));
    const puts = await throughput(inFlight, THROUGHPUT_APPENDS, rawPut);
    const transactions = await throughput(inFlight, THROUGHPUT_APPENDS, () =>
      (raws.pop() as () => Promise<unknown>)(),
    );
    const appends = await throughput(inFlight, THROUGHPUT_APPENDS, () =>
      store.append(recorded(metadata()), [{ stream: fresh(), events: [adopted()] }]),
    );
    rows.push({
      measure: `throughput, ${inFlight} appends in flight (1 stream, 1 event)`,
      'p50 ms': `${Math.round(appends)}/s`,
      'raw calls': `TransactWriteItems ${Math.round(transactions)}/s, PutItem ${Math.round(puts)}/s`,
      '÷ raw': +(appends / transactions).toFixed(2),
      '÷ PutItem': +(appends / puts).toFixed(2),
    });
  }
} finally {
  client.destroy();
  // Stopped even when a measure fails, so no DynamoDB Local is left running.
  await dynamo.stop();
}

console.table(rows);
console.log(
  'Read: "÷ raw" is the store against the very calls it makes (≈ 1 is no overhead); "÷ PutItem" is the\n' +
    'layout against the least one event costs. Loads and commands should keep their ratios at every\n' +
    'stream length. Throughput rows give appends a second and their ratio to the raw calls (higher is better).',
);
