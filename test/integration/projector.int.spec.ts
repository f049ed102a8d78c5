import { type AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import { budgetProjection } from '../../domain/views/budget';
import type { Projection } from '../../domain/views/projection';
import { currentVersion } from '../../events/catalog';
import type { EventMetadata, StoredEvent } from '../../events/envelope';
import { toStoredEvent } from '../../events/event-store';
import { chainedItems } from '../../events/stream-items';
import { TABLE_ENV } from '../../functions/commons/config';
import { METRIC } from '../../functions/commons/metric-names';
import { metrics } from '../../functions/commons/metrics';
import { ReadModelWriter } from '../../functions/commons/read-model-writer';
import { localAws } from '../../local/dynamodb';
import { lineAdopted, lineCharged, usd } from '../support/builders';
import { freshTables } from '../support/tables';

let tables: Awaited<ReturnType<typeof freshTables>>;
let project: (event: DynamoDBStreamEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

beforeAll(async () => {
  tables = await freshTables();
  Object.assign(process.env, {
    AWS_REGION: localAws.region,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: tables.endpoint,
    [TABLE_ENV.Events]: tables.names.events,
    [TABLE_ENV.ReadModels]: tables.names.readModels,
  });
  ({ handler: project } = await import('../../functions/projector'));
});

const meta = (n: number): EventMetadata => ({
  processId: 'p1',
  actor: 'fo-1',
  role: 'finance-officer',
  commandId: `c-${n}`,
  correlationId: `c-${n}`,
  causationId: `c-${n}`,
  recordedAt: '2026-01-02T10:00:00.000Z',
});

/** Appends a line adopted with 10,000.00 and charged 1,000.00 twice; returns its stream records as Lambda gets them. */
async function seedLine(lineId: string): Promise<DynamoDBRecord[]> {
  const streamId = `p1#budget-line#${lineId}`;
  const events = [
    lineAdopted({ lineId }),
    lineCharged({ lineId, disbursementId: 'a' }),
    lineCharged({ lineId, disbursementId: 'b' }),
  ];
  for (const [i, event] of events.entries()) {
    const stream = await tables.store.load(streamId, budgetLine);
    await tables.store.append(
      { commandId: `${lineId}-${i}`, requestHash: 'h', metadata: meta(i), result: {} },
      [{ stream, events: [event] }],
    );
  }
  const { Items = [] } = await tables.documents.send(
    new QueryCommand({
      TableName: tables.names.events,
      KeyConditionExpression: 'streamId = :s AND version > :tip',
      ExpressionAttributeValues: { ':s': streamId, ':tip': 0 },
    }),
  );
  return Items.map((item) => ({
    eventID: `${lineId}-${item.version}`,
    eventName: 'INSERT',
    dynamodb: { NewImage: marshall(item) as never, SequenceNumber: `${lineId}-${item.version}` },
  }));
}

const batch = (...records: (DynamoDBRecord | undefined)[]): DynamoDBStreamEvent => ({
  Records: records.filter((r): r is DynamoDBRecord => r !== undefined),
});

async function lineRow(lineId: string) {
  const { Items = [] } = await tables.documents.send(
    new QueryCommand({
      TableName: tables.names.readModels,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': 'p1#budget', ':sk': `line#${lineId}` },
    }),
  );
  return Items[0];
}

const everything = async () =>
  (await tables.documents.send(new ScanCommand({ TableName: tables.names.readModels }))).Items?.sort((a, b) =>
    `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`),
  );

describe('the projector', () => {
  it('keeps the budget view: allocated, charged and available per line', async () => {
    const records = await seedLine('L1');
    expect((await project(batch(...records))).batchItemFailures).toEqual([]);
    expect(await lineRow('L1')).toMatchObject({
      allocated: usd(10_000_00),
      charged: usd(2_000_00),
      available: usd(8_000_00),
    });
  });

  it('leaves the same view when the same batch is delivered twice', async () => {
    const records = await seedLine('L2');
    await project(batch(...records));
    const once = await everything();
    await project(batch(...records));
    expect(await everything()).toEqual(once);
  });

  it('fills a gap from the Events table instead of skipping it', async () => {
    const [v1, , v3] = await seedLine('L3');
    await project(batch(v1));
    await project(batch(v3));
    expect(await lineRow('L3')).toMatchObject({ charged: usd(2_000_00), available: usd(8_000_00) });
  });

  it('ends with the same view whatever order the records come in', async () => {
    const [v1, v2, v3] = await seedLine('L4');
    await project(batch(v3, v1, v2));
    expect(await lineRow('L4')).toMatchObject({ charged: usd(2_000_00), available: usd(8_000_00) });
  });

  it('reports a record it cannot apply as a partial failure and applies the others', async () => {
    const [good] = await seedLine('L5');
    const broken: DynamoDBRecord = {
      eventID: 'broken',
      eventName: 'INSERT',
      dynamodb: {
        SequenceNumber: 'broken-1',
        NewImage: marshall({
          streamId: 'p1#budget-line#X',
          version: 1,
          kind: 'event',
          type: 'NoSuchEvent',
          schemaVersion: 1,
        }) as never,
      },
    };
    const response = await project(batch(broken, good));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'broken-1' }]);
    expect(await lineRow('L5')).toMatchObject({ allocated: usd(10_000_00) });
  });

  describe('its metrics', () => {
    afterEach(() => vi.restoreAllMocks());

    it('counts the events it applied and the lag of the oldest record of the batch', async () => {
      const [good] = await seedLine('L6');
      const added = vi.spyOn(metrics, 'addMetric');
      const writtenAt = Math.floor(Date.now() / 1000) - 30;
      const stamped = (record: DynamoDBRecord | undefined, at: number): DynamoDBRecord => ({
        ...record,
        dynamodb: { ...record?.dynamodb, ApproximateCreationDateTime: at },
      });
      const broken = { eventID: 'x', eventName: 'INSERT' as const, dynamodb: { SequenceNumber: 'x-1' } };
      await project(batch(stamped(good, writtenAt), stamped(broken, writtenAt + 10)));
      // Two records, one failed: one projected. The oldest was written 30 s before now, within a second.
      expect(added).toHaveBeenCalledWith(METRIC.eventsProjected, 'Count', 1);
      const lag = added.mock.calls.find(([name]) => name === METRIC.projectorLag)?.[2] ?? 0;
      expect(lag).toBeGreaterThanOrEqual(30_000);
      expect(lag).toBeLessThan(32_000);
    });
  });
});

const storedEventOf = (record: DynamoDBRecord) =>
  toStoredEvent(unmarshall(record.dynamodb?.NewImage as Record<string, AttributeValue>));

/** A line's events built in memory (adopted, then `charges` charges of 1.00), never appended. */
function lineInMemory(lineId: string, charges: number): StoredEvent[] {
  const stream = {
    streamId: `p1#budget-line#${lineId}`,
    decider: budgetLine,
    state: budgetLine.initialState,
    version: 0,
    lastHash: null,
  };
  const events = [
    lineAdopted({ lineId }),
    ...Array.from({ length: charges }, (_, i) =>
      lineCharged({ lineId, disbursementId: `d-${i + 1}`, amount: usd(1_00) }),
    ),
  ];
  return chainedItems({ stream, events }, meta(0)).events.map(toStoredEvent);
}

/** The DynamoDB operations the test tables' client sends while `run` runs. */
async function operationsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const name = `count-${Math.random()}`;
  tables.documents.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await run();
  } finally {
    tables.documents.middlewareStack.remove(name);
  }
  return sent;
}

const charged = (event: StoredEvent) => (event.type === 'BudgetLineCharged' ? event.data.amount.amount : 0);

/** A view with one row per disbursement a line was charged for: many rows from one stream. */
const chargesView: Projection<{ amount: number }> = {
  name: 'charges',
  aggregates: ['budget-line'],
  rowOf: (event) =>
    event.type === 'BudgetLineCharged' ? { pk: 'p1#charges', sk: event.data.disbursementId } : undefined,
  apply: (_, event) => ({ amount: charged(event) }),
};

/** A view with one row for every line: one row fed by many streams. */
const totalView = (name: string): Projection<{ charged: number }> => ({
  name,
  aggregates: ['budget-line'],
  rowOf: () => ({ pk: `p1#${name}`, sk: 'all' }),
  apply: (row, event) => ({ charged: (row?.charged ?? 0) + charged(event) }),
});

const writerOf = (...views: Projection<object>[]) =>
  new ReadModelWriter(tables.documents, tables.names.readModels, tables.store, views);

async function item(pk: string, sk: string) {
  const { Items = [] } = await tables.documents.send(
    new QueryCommand({
      TableName: tables.names.readModels,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
    }),
  );
  return Items[0];
}

describe('the projector, a batch at a time', () => {
  it('applies a line’s records with a read of the watermarks, one of the rows and one transaction', async () => {
    const events = (await seedLine('L6')).map(storedEventOf);
    const operations = await operationsDuring(() => writerOf(budgetProjection).projectBatch(events));
    expect(operations).toEqual(['BatchGetItem', 'BatchGetItem', 'TransactWriteItems']);
    // 10,000.00 adopted, charged 1,000.00 twice: 8,000.00 left.
    expect(await lineRow('L6')).toMatchObject({ available: usd(8_000_00), revision: 3 });
  });

  it('reports the records of a failing stream only, and applies the other streams', async () => {
    const good = await seedLine('L7');
    // Versions 2 and 3 of a stream whose version 1 is nowhere in the Events table: a gap never skipped.
    const bad = [2, 3].map((version) => ({
      eventID: `bad-${version}`,
      eventName: 'INSERT' as const,
      dynamodb: {
        SequenceNumber: `bad-${version}`,
        NewImage: marshall({
          streamId: 'p1#budget-line#BAD',
          version,
          kind: 'event',
          type: 'BudgetLineCharged',
          schemaVersion: currentVersion('BudgetLineCharged'),
          data: lineCharged({ lineId: 'BAD' }).data,
          metadata: meta(version),
          previousHash: null,
          hash: 'h',
        }) as never,
      },
    }));
    const response = await project(batch(bad[0], good[0], bad[1], good[1], good[2]));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'bad-2' }, { itemIdentifier: 'bad-3' }]);
    expect(await lineRow('L7')).toMatchObject({ available: usd(8_000_00) });
  });

  it('fails the whole invocation when no record could be applied, so Lambda bisects the batch', async () => {
    const unreadable: DynamoDBRecord = {
      eventID: 'x',
      eventName: 'INSERT',
      dynamodb: { SequenceNumber: 'x' },
    };
    await expect(project(batch(unreadable))).rejects.toThrow('none of the 1 records');
  });

  it('splits a stream that changes more rows than one transaction holds, and loses none', async () => {
    const events = lineInMemory('L8', 150);
    const operations = await operationsDuring(() => writerOf(chargesView).projectBatch(events));
    // 150 rows and the watermark: 99 rows with the watermark at version 100, then 51 with it at 151.
    expect(operations.filter((o) => o === 'TransactWriteItems')).toHaveLength(2);
    expect(await item('watermark#p1#budget-line#L8', 'charges')).toMatchObject({ version: 151 });
    const { Count } = await tables.documents.send(
      new QueryCommand({
        TableName: tables.names.readModels,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'p1#charges' },
        Select: 'COUNT',
      }),
    );
    expect(Count).toBe(150);
  });

  it('applies the same records delivered to two invocations at once only once', async () => {
    const records = await seedLine('L9');
    const responses = await Promise.all([project(batch(...records)), project(batch(...records))]);
    expect(responses.flatMap((r) => r.batchItemFailures)).toEqual([]);
    expect(await lineRow('L9')).toMatchObject({ charged: usd(2_000_00), revision: 3 });
  });

  it('writes a row that sixty streams change once, with their sixty watermarks, in one transaction', async () => {
    const events = Array.from({ length: 60 }, (_, i) => lineInMemory(`S${i}`, 1)).flat();
    const operations = await operationsDuring(() => writerOf(totalView('sixty')).projectBatch(events));
    expect(operations).toEqual(['BatchGetItem', 'BatchGetItem', 'TransactWriteItems']);
    // 60 charges of 1.00; 60 adoptions and 60 charges applied to the row.
    expect(await item('p1#sixty', 'all')).toMatchObject({ charged: 60_00, revision: 120 });
    expect(await item('watermark#p1#budget-line#S59', 'sixty')).toMatchObject({ version: 2 });
  });

  it('splits the watermarks of a shared row’s streams over transactions, and loses none', async () => {
    const events = Array.from({ length: 150 }, (_, i) => lineInMemory(`W${i}`, 1)).flat();
    const operations = await operationsDuring(() => writerOf(totalView('many')).projectBatch(events));
    // The row and 99 watermarks, then the row again and the other 51.
    expect(operations.filter((o) => o === 'TransactWriteItems')).toHaveLength(2);
    expect(await item('p1#many', 'all')).toMatchObject({ charged: 150_00, revision: 300 });
    for (const i of [0, 98, 99, 149])
      expect(await item(`watermark#p1#budget-line#W${i}`, 'many')).toMatchObject({ version: 2 });
  });

  it('applies each event once to a row that several streams change, in one batch or in racing ones', async () => {
    const [a, b, c] = [lineInMemory('T1', 4), lineInMemory('T2', 6), lineInMemory('T3', 5)];
    const writer = writerOf(totalView('total'));
    expect(await writer.projectBatch([...(a ?? []), ...(b ?? [])])).toEqual([]);
    const racing = await Promise.all([
      writerOf(totalView('total')).projectBatch(c ?? []),
      writer.projectBatch(a ?? []),
    ]);
    expect(racing.flat()).toEqual([]);
    // 4 + 6 + 5 charges of 1.00; 3 adoptions and 15 charges applied to the row.
    expect(await item('p1#total', 'all')).toMatchObject({ charged: 15_00, revision: 18 });
  });

  it('reads and writes a unit again when another writer changed its row between its read and its transaction', async () => {
    const [a, b] = [lineInMemory('R1', 2), lineInMemory('R2', 3)];
    const own = DynamoDBDocumentClient.from(new DynamoDBClient({ ...localAws, endpoint: tables.endpoint }));
    const sent: string[] = [];
    let interfered = false;
    own.middlewareStack.add(
      (next, context) => async (args) => {
        const name = String(context.commandName).replace(/Command$/, '');
        if (name === 'TransactWriteItems' && !interfered) {
          interfered = true;
          // Another shard's invocation writes the shared row first.
          expect(await writerOf(totalView('raced')).projectBatch(b)).toEqual([]);
        }
        sent.push(name);
        return next(args);
      },
      { step: 'initialize', name: 'interfere' },
    );
    const writer = new ReadModelWriter(own, tables.names.readModels, tables.store, [totalView('raced')]);
    expect(await writer.projectBatch(a)).toEqual([]);
    // The watermarks read, the unit read, the race lost; the same unit read again and written.
    expect(sent).toEqual([
      'BatchGetItem',
      'BatchGetItem',
      'TransactWriteItems',
      'BatchGetItem',
      'TransactWriteItems',
    ]);
    // 2 + 3 charges of 1.00; 2 adoptions and 5 charges applied to the row.
    expect(await item('p1#raced', 'all')).toMatchObject({ charged: 5_00, revision: 7 });
  });

  it('counts a row’s revision in events applied, so batching leaves no trace in the items', async () => {
    const events = lineInMemory('L10', 5);
    for (const event of events) await writerOf(totalView('one')).projectBatch([event]);
    await writerOf(totalView('all')).projectBatch(events);
    const [one, all] = [await item('p1#one', 'all'), await item('p1#all', 'all')];
    // Six events (the adoption and five charges of 1.00): six transactions, or one.
    expect(one).toEqual({ pk: 'p1#one', sk: 'all', charged: 5_00, revision: 6 });
    expect(all).toEqual({ ...one, pk: 'p1#all' });
  });
});
