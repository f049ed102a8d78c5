/**
 * `npm run bench` (second part): what does the projector pay for a Lambda batch of 100 events, applied
 * record by record or as one batch (groups, lanes and units of one transaction)? Each figure is set beside the raw DynamoDB
 * calls that applying one event to one row needs at least (a GetItem and a 2-item TransactWriteItems),
 * measured in the same run, since timings on a shared machine drift; the ratio is what to read.
 */
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { budgetLine } from '../domain/budget-line/decide';
import { budgetProjection } from '../domain/views/budget';
import type { StoredEvent } from '../events/envelope';
import { EventStore, toStoredEvent } from '../events/event-store';
import { chainedItems } from '../events/stream-items';
import { ReadModelWriter } from '../functions/commons/read-model-writer';
import { eventsTable, readModelsTable } from '../infra/tables';
import { createTable, localAws, startDynamoDb } from '../local/dynamodb';
import { lineAdopted, lineCharged, usd } from '../test/support/builders';

const BATCH = 100;
const SHAPES = [1, 10, 100];
const ROUNDS = 20;

const dynamo = await startDynamoDb({ port: 8766 });
const client = new DynamoDBClient({ ...localAws, endpoint: dynamo.endpoint });
const documents = DynamoDBDocumentClient.from(client);
await createTable(client, eventsTable, 'bench-events');
await createTable(client, readModelsTable, 'bench-read-models');
const writer = new ReadModelWriter(
  documents,
  'bench-read-models',
  new EventStore(documents, 'bench-events'),
  [budgetProjection],
);
let calls = 0;
documents.middlewareStack.add(
  (next) => async (args) => {
    calls += 1;
    return next(args);
  },
  { step: 'initialize' },
);

let round = 0;
/** 100 events of `lines` budget lines (adopted, then charged), in a process of their own: fresh views. */
function batchOf(lines: number): StoredEvent[] {
  const processId = `bench-${++round}`;
  const perLine = BATCH / lines;
  const metadata = {
    processId,
    actor: 'fo',
    role: 'finance-officer',
    commandId: `c-${round}`,
    correlationId: `c-${round}`,
    causationId: `c-${round}`,
    recordedAt: new Date().toISOString(),
  };
  const streams = Array.from({ length: lines }, (_, line) => {
    const lineId = `L${line}`;
    const stream = {
      streamId: `${processId}#budget-line#${lineId}`,
      decider: budgetLine,
      state: budgetLine.initialState,
      version: 0,
      lastHash: null,
    };
    const events = [
      lineAdopted({ lineId, amount: usd(1_000_000_00) }),
      ...Array.from({ length: perLine - 1 }, (_, i) =>
        lineCharged({ lineId, disbursementId: `d-${i}`, amount: usd(1) }),
      ),
    ];
    return chainedItems({ stream, events }, metadata).events.map(toStoredEvent);
  });
  // As a shard delivers them: the lines' events interleaved, each line's in version order.
  return Array.from({ length: perLine }, (_, i) => streams.map((events) => events[i] as StoredEvent)).flat();
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(ROUNDS * 0.5)] ?? 0, p95: samples[Math.floor(ROUNDS * 0.95)] ?? 0 };
}

const rawCalls = () =>
  time(async () => {
    await documents.send(
      new GetCommand({ TableName: 'bench-read-models', Key: { pk: 'raw', sk: 'row' }, ConsistentRead: true }),
    );
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: 'bench-read-models', Item: { pk: 'raw', sk: 'row', n: round++ } } },
          { Put: { TableName: 'bench-read-models', Item: { pk: 'raw', sk: 'watermark', n: round } } },
        ],
      }),
    );
  });

const rows: Record<string, string | number>[] = [];
try {
  // Warm-up: the first calls pay for JIT compilation and connections, on both sides.
  await rawCalls();
  for (const event of batchOf(10)) await writer.projectBatch([event]);
  await writer.projectBatch(batchOf(10));
  for (const lines of SHAPES) {
    const raw = await rawCalls();
    rows.push({
      measure: 'raw GetItem + 2-item TransactWriteItems (baseline)',
      lines,
      'p50 ms': +raw.p50.toFixed(1),
      'p95 ms': +raw.p95.toFixed(1),
      'calls/batch': 2,
      'p50 ÷ raw': 1,
    });
    for (const [measure, apply] of [
      [
        '100 events, record by record',
        async (events: StoredEvent[]) => {
          for (const event of events) await writer.projectBatch([event]);
        },
      ],
      ['100 events, as one batch', (events: StoredEvent[]) => writer.projectBatch(events)],
    ] as const) {
      const before = calls;
      const t = await time(() => apply(batchOf(lines)));
      rows.push({
        measure,
        lines,
        'p50 ms': +t.p50.toFixed(1),
        'p95 ms': +t.p95.toFixed(1),
        'calls/batch': (calls - before) / ROUNDS,
        'p50 ÷ raw': +(t.p50 / raw.p50).toFixed(1),
      });
    }
  }
} finally {
  client.destroy();
  // Stopped even when a measure fails, so no DynamoDB Local is left running.
  await dynamo.stop();
}

console.table(rows);
console.log(
  'Read: record by record pays three round trips per event (about 100 × raw); as one batch, a read of\n' +
    'the watermarks, then a read and a transaction per hundred rows and watermarks it changes.',
);
