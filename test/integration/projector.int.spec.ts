import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import type { EventMetadata } from '../../events/envelope';
import { METRIC } from '../../functions/commons/metric-names';
import { metrics } from '../../functions/commons/metrics';
import { TABLE_ENV } from '../../infra/tables';
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
