/**
 * `npm run bench`: does loading a stream and approving against it stay flat as the stream grows?
 * Each figure is set beside the raw DynamoDB call it is built on, measured in the same run, since
 * timings on a shared machine drift; the ratio is what to read.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { budgetLine } from '../domain/budget-line/decide';
import { executeCommand } from '../events/command-execution';
import type { EventMetadata } from '../events/envelope';
import { EventStore } from '../events/event-store';
import { eventsTable } from '../infra/tables';
import { createTable, localAws, startDynamoDb } from '../local/dynamodb';
import { lineAdopted, lineCharged, usd } from '../test/support/builders';

const SIZES = [10, 1_000, 10_000];
const ROUNDS = 200;

const dynamo = await startDynamoDb({ port: 8765 });
const client = new DynamoDBClient({ ...localAws, endpoint: dynamo.endpoint });
const documents = DynamoDBDocumentClient.from(client);
await createTable(client, eventsTable, 'bench-events');
const store = new EventStore(documents, 'bench-events');

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

/** A line with `size` events, written 98 to a transaction (with the tip and the command record, 100 items). */
async function seed(size: number): Promise<string> {
  const streamId = `bench#budget-line#L${size}`;
  let written = 0;
  while (written < size) {
    const stream = await store.load(streamId, budgetLine);
    const count = Math.min(98, size - written);
    const events = Array.from({ length: count }, (_, i) =>
      written + i === 0
        ? lineAdopted({ amount: usd(Number.MAX_SAFE_INTEGER) })
        : lineCharged({ amount: usd(1) }),
    );
    const m = metadata();
    await store.append({ commandId: m.commandId, requestHash: 'h', metadata: m, result: {} }, [
      { stream, events },
    ]);
    written += count;
  }
  return streamId;
}

async function time(rounds: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(rounds * 0.5)] ?? 0, p95: samples[Math.floor(rounds * 0.95)] ?? 0 };
}

const rows: Record<string, string | number>[] = [];
const row = (name: string, events: number, t: { p50: number; p95: number }, baseline: { p50: number }) =>
  rows.push({
    measure: name,
    events,
    'p50 ms': +t.p50.toFixed(2),
    'p95 ms': +t.p95.toFixed(2),
    'p50 ÷ raw': +(t.p50 / baseline.p50).toFixed(1),
  });

try {
  const olderDecider = { ...budgetLine, stateVersion: budgetLine.stateVersion + 1 };
  for (const size of SIZES) {
    const streamId = await seed(size);
    const rawGet = await time(ROUNDS, () =>
      documents.send(
        new GetCommand({ TableName: 'bench-events', Key: { streamId, version: 0 }, ConsistentRead: true }),
      ),
    );
    row('raw GetItem (baseline)', size, rawGet, rawGet);
    row('load from tip', size, await time(ROUNDS, () => store.load(streamId, budgetLine)), rawGet);
    row(
      'load by folding every event',
      size,
      await time(size > 1_000 ? 5 : 20, () => store.load(streamId, olderDecider)),
      rawGet,
    );

    const rawWrite = await time(ROUNDS, () =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: 'bench-events', Item: { streamId: `raw#${randomUUID()}`, version: 0 } } },
            { Put: { TableName: 'bench-events', Item: { streamId: `raw#${randomUUID()}`, version: 1 } } },
            { Put: { TableName: 'bench-events', Item: { streamId: `raw#${randomUUID()}`, version: 0 } } },
          ],
        }),
      ),
    );
    row('raw 3-item TransactWriteItems (baseline)', size, rawWrite, rawWrite);
    const charge = await time(ROUNDS, () => {
      const m = metadata();
      return executeCommand(
        store,
        { commandId: m.commandId, requestHash: 'h', metadata: m },
        async (load) => {
          const line = await load(streamId, budgetLine);
          const events = budgetLine.decide(
            {
              type: 'ChargeBudgetLine',
              disbursementId: m.commandId,
              amount: usd(1),
              by: 'head',
              at: m.recordedAt,
            },
            line.state,
          );
          return { changes: [{ stream: line, events }], result: {} };
        },
      );
    });
    row('charge a line (load, decide, append)', size, charge, rawWrite);
  }
} finally {
  client.destroy();
  // Stopped even when a measure fails, so no DynamoDB Local is left running.
  await dynamo.stop();
}

console.table(rows);
console.log(
  'Read: "load from tip" and "charge a line" should keep the same ratio to their raw baseline at every stream size;\n' +
    '"load by folding every event" is what a store without tips would pay, and grows with the stream.',
);
