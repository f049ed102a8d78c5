import { paginateScan } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchWrite } from '../../functions/commons/dynamo-batches';
import { projections } from '../../functions/commons/projections';
import { ReadModelWriter } from '../../functions/commons/read-model-writer';
import { projectRecords } from '../../functions/projector';
import { rebuildReadModels } from '../../functions/rebuild/rebuild';
import { readModelsTable } from '../../infra/tables';
import { createTable } from '../../local/dynamodb';
import { generateProcess } from '../support/process-generator';
import { deliver, streamBatches, unruly } from '../support/stream-batches';
import { freshTables } from '../support/tables';

/**
 * 20,000 events in `npm test`, which must stay well under 15 minutes on two cores with the browser tests; the same test at
 * full scale is `REBUILD_EVENTS=100000 npx vitest run --project rebuild` (docs/operations.md).
 */
const PAST = Number(process.env.REBUILD_EVENTS ?? 20_000);
const AFTER_SWITCH = 1_500;

let tables: Awaited<ReturnType<typeof freshTables>>;
const story = generateProcess({ processId: 'big', lines: 40 });

/** A fresh read-model table in the test's DynamoDB Local. */
async function freshReadModels(name: string): Promise<string> {
  const tableName = `${tables.prefix}-${name}`;
  await createTable(tables.client, readModelsTable, tableName);
  return tableName;
}

/** Everything in a read-model table, in key order. */
async function everything(tableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: tables.documents }, { TableName: tableName }))
    items.push(...(page.Items ?? []));
  const key = (item: Record<string, unknown>) => `${item.pk}\u0000${item.sk}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * Writes to the Events table in bulk the events the store appended in memory since `from`. Their
 * tips are left out to keep the test fast; the rebuild's reading past tips and command records is
 * shown on real appends below.
 */
async function writeEvents(from: number): Promise<Record<string, unknown>[]> {
  const events = story.store.events.slice(from);
  await batchWrite(
    tables.documents,
    tables.names.events,
    events.map((Item) => ({ PutRequest: { Item } })),
    16,
  );
  return events;
}

const writerInto = (tableName: string) =>
  new ReadModelWriter(tables.documents, tableName, tables.store, projections);

/**
 * The log's stream delivered unruly (batches duplicated, shuffled and out of order), a shard's batches
 * one after another and the shards at once, as Lambda polls them.
 */
async function project(tableName: string, shards: readonly DynamoDBRecord[][][]): Promise<void> {
  const writer = writerInto(tableName);
  await Promise.all(
    shards.map(async (batches) => {
      for (const batch of unruly(batches)) await deliver((records) => projectRecords(writer, records), batch);
    }),
  );
}

describe(`a rebuild of ${PAST.toLocaleString('en')} events`, () => {
  let rebuiltTable: string;

  beforeAll(async () => {
    tables = await freshTables();
    console.time('generate');
    story.runUntil(PAST);
    console.timeEnd('generate');
    console.time('write');
    await writeEvents(0);
    console.timeEnd('write');
  }, 300_000);

  it('gives, item for item, the views the projector kept from unruly stream batches', async () => {
    // Given the projector fed with the log's stream, batches duplicated, shuffled and out of order
    console.time('project');
    await project(tables.names.readModels, streamBatches(story.store.events));
    console.timeEnd('project');

    // When the whole Events table is replayed into a fresh table
    console.time('rebuild');
    rebuiltTable = await freshReadModels('rebuilt');
    const summary = await rebuildReadModels({
      client: tables.documents,
      eventsTable: tables.names.events,
      targetTable: rebuiltTable,
      projections,
    });

    console.timeEnd('rebuild');
    // Then every row and every watermark is the same
    expect(summary.events).toBe(story.store.events.length);
    const incremental = await everything(tables.names.readModels);
    expect(incremental.length).toBeGreaterThan(0);
    expect(await everything(rebuiltTable)).toEqual(incremental);
  }, 900_000);

  it('leaves the projector to carry on from the rebuilt table, as from the one it kept', async () => {
    // Given more commands recorded after the switch
    const from = story.store.events.length;
    story.runUntil(from + AFTER_SWITCH);
    // (a quiet day's batches: a hundred records each, so they too come duplicated and out of order)
    const later = streamBatches(await writeEvents(from), { size: 100 });

    // When their stream batches reach the projector, writing to either table
    await project(rebuiltTable, later);
    await project(tables.names.readModels, later);

    // Then both tables hold the same items
    expect(await everything(rebuiltTable)).toEqual(await everything(tables.names.readModels));
  }, 120_000);

  it('shows each line as the commands accepted left it', async () => {
    const rows = (await everything(tables.names.readModels)).filter((item) => item.pk === 'big#budget');
    expect(rows).toHaveLength(story.expectedLines.size);
    for (const row of rows) {
      const line = story.expectedLines.get(row.lineId as string);
      // The generator keeps its own sums of what it adopted, moved, committed, approved and reversed.
      const { allocated = 0, committed = 0, charged = 0 } = line ?? {};
      expect(row).toMatchObject({
        allocated: { amount: allocated, currency: 'USD' },
        committed: { amount: committed, currency: 'USD' },
        charged: { amount: charged, currency: 'USD' },
        available: { amount: allocated - committed - charged, currency: 'USD' },
      });
    }
  });
});
