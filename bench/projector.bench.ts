/**
 * `npm run bench` (second part): what does the projector pay for a Lambda batch of 100 events, applied
 * record by record or as one batch (groups, lanes and units of one transaction)? Each figure is set beside the raw DynamoDB
 * calls that applying one event to one row needs at least (a GetItem and a 2-item TransactWriteItems),
 * measured in the same run, since timings on a shared machine drift; the ratio is what to read.
 * Then a catch-up: 100,000 events (`BENCH_CATCH_UP_EVENTS` for another count) through the projector's
 * own entry, in Lambda's batches, beside the very calls it made replayed raw.
 */
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { budgetLine } from '../domain/budget-line/decide';
import { budgetProjection } from '../domain/views/budget';
import type { StoredEvent } from '../events/envelope';
import { EventStore, toStoredEvent } from '../events/event-store';
import { chainedItems } from '../events/stream-items';
import { projections } from '../functions/commons/projections';
import { ReadModelWriter } from '../functions/commons/read-model-writer';
import { projectRecords } from '../functions/projector';
import { eventsTable, PROJECTOR_BATCH_SIZE, readModelsTable } from '../infra/tables';
import { createTable, localAws, startDynamoDb } from '../local/dynamodb';
import { lineAdopted, lineCharged, usd } from '../test/support/builders';

const BATCH = 100;
const SHAPES = [1, 10, 100];
const ROUNDS = 20;
const CATCH_UP = Number(process.env.BENCH_CATCH_UP_EVENTS ?? 100_000);

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
/** While set, every call the client sends (named by DynamoDB's operation, its input as sent), to replay them raw. */
let recording: { name: string; input: unknown }[] | undefined;
documents.middlewareStack.add(
  (next, context) => async (args) => {
    calls += 1;
    recording?.push({ name: context.commandName ?? '', input: args.input });
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

/**
 * A process of 100 budget lines with 100 events each (adopted, then charged), as its stream records
 * would reach the projector: the lines' events interleaved, each line's in version order.
 */
function processRecords(n: number): DynamoDBRecord[] {
  const processId = `catch-up-${n}`;
  const metadata = {
    processId,
    actor: 'fo',
    role: 'finance-officer',
    commandId: `c-${n}`,
    correlationId: `c-${n}`,
    causationId: `c-${n}`,
    recordedAt: new Date().toISOString(),
  };
  const lines = Array.from({ length: 100 }, (_, line) => {
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
      ...Array.from({ length: 99 }, (_, i) =>
        lineCharged({ lineId, disbursementId: `d-${i}`, amount: usd(1) }),
      ),
    ];
    return chainedItems({ stream, events }, metadata).events;
  });
  return Array.from({ length: 100 }, (_, i) => lines.map((items) => items[i] as Record<string, unknown>))
    .flat()
    .map((item, i) => ({
      eventID: `${n}-${i}`,
      eventName: 'INSERT',
      dynamodb: {
        SequenceNumber: `${n}${String(i).padStart(8, '0')}`,
        NewImage: marshall(item, { removeUndefinedValues: true }) as never,
      },
    }));
}

/** The projector's entry over CATCH_UP events, a Lambda batch at a time; the calls it made, for the raw replay. */
async function catchUp() {
  const into = new ReadModelWriter(
    documents,
    'bench-catch-up',
    new EventStore(documents, 'bench-events'),
    projections,
  );
  const made: { name: string; input: unknown }[] = [];
  let seconds = 0;
  for (let n = 0; n < CATCH_UP / 10_000; n++) {
    const records = processRecords(n);
    for (let at = 0; at < records.length; at += PROJECTOR_BATCH_SIZE) {
      recording = made;
      const start = performance.now();
      const { batchItemFailures } = await projectRecords(into, records.slice(at, at + PROJECTOR_BATCH_SIZE));
      seconds += (performance.now() - start) / 1000;
      recording = undefined;
      if (batchItemFailures.length) throw new Error(`${batchItemFailures.length} records not projected`);
    }
  }
  return { seconds, made };
}

/** The same calls in the same order against a twin table, without their conditions: the I/O alone. */
async function replayRaw(made: readonly { name: string; input: unknown }[]) {
  const twin = (table: string) => table.replace('bench-catch-up', 'bench-raw');
  const start = performance.now();
  for (const { name, input } of made) {
    if (name === 'BatchGetItemCommand') {
      const { RequestItems = {} } = input as BatchGetCommandInput;
      await documents.send(
        new BatchGetCommand({
          RequestItems: Object.fromEntries(Object.entries(RequestItems).map(([t, keys]) => [twin(t), keys])),
        }),
      );
    } else if (name === 'TransactWriteItemsCommand') {
      const { TransactItems = [] } = input as TransactWriteCommandInput;
      await documents.send(
        new TransactWriteCommand({
          TransactItems: TransactItems.map(({ Put }) => ({
            Put: { TableName: twin(Put?.TableName ?? ''), Item: Put?.Item ?? {} },
          })),
        }),
      );
    } else throw new Error(`no raw replay for ${name}`);
  }
  return (performance.now() - start) / 1000;
}

const rows: Record<string, string | number>[] = [];
const catchUpRows: Record<string, string | number>[] = [];
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
  await createTable(client, readModelsTable, 'bench-catch-up');
  await createTable(client, readModelsTable, 'bench-raw');
  const { seconds, made } = await catchUp();
  const raw = await replayRaw(made);
  const batches = CATCH_UP / PROJECTOR_BATCH_SIZE;
  catchUpRows.push(
    {
      measure: 'the same calls replayed raw, unconditioned (baseline)',
      events: CATCH_UP,
      seconds: +raw.toFixed(1),
      'events/s': Math.round(CATCH_UP / raw),
      'calls/batch': +(made.length / batches).toFixed(1),
      '÷ raw': 1,
    },
    {
      measure: `projector catch-up, batches of ${PROJECTOR_BATCH_SIZE}`,
      events: CATCH_UP,
      seconds: +seconds.toFixed(1),
      'events/s': Math.round(CATCH_UP / seconds),
      'calls/batch': +(made.length / batches).toFixed(1),
      '÷ raw': +(seconds / raw).toFixed(2),
    },
  );
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
console.table(catchUpRows);
console.log(
  'Read: a catch-up of 100 lines per process, 100 events each, every view the projector keeps; ÷ raw is\n' +
    'what reading the records, folding and planning add to the DynamoDB calls the batches rest on.',
);
