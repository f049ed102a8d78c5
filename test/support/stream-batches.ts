import { createHash } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { PROJECTOR_BATCH_SIZE } from '../../infra/tables';

let sequence = 0;

/**
 * Event items as DynamoDB Streams would hand them to Lambda, by shard: each stream id lives in one
 * shard (as a partition key does), a shard carries its items in the order written, and Lambda reads a
 * shard `size` records at a time (as many as the stack's event source).
 */
export function streamBatches(
  items: readonly Record<string, unknown>[],
  { shards = 4, size = PROJECTOR_BATCH_SIZE } = {},
): DynamoDBRecord[][][] {
  const perShard: DynamoDBRecord[][] = Array.from({ length: shards }, () => []);
  for (const item of items) {
    const sequenceNumber = String(++sequence).padStart(21, '0');
    const shard = createHash('md5').update(String(item.streamId)).digest().readUInt32BE(0) % shards;
    perShard[shard]?.push({
      eventID: sequenceNumber,
      eventName: 'INSERT',
      dynamodb: {
        NewImage: marshall(item, { removeUndefinedValues: true }) as never,
        SequenceNumber: sequenceNumber,
      },
    });
  }
  return perShard.map((records) =>
    Array.from({ length: Math.ceil(records.length / size) }, (_, i) =>
      records.slice(i * size, (i + 1) * size),
    ),
  );
}

/**
 * What at-least-once delivery does to a shard's batches, deterministically: every batch's records are
 * shuffled (across streams, and within a stream), one batch in `every` changes places with the next
 * (so a stream's later versions arrive before its earlier ones), and one in `every` is delivered again
 * later.
 */
export function unruly(batches: readonly DynamoDBRecord[][], every = 7): DynamoDBRecord[][] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const shuffled = batches.map((batch) => {
    const records = [...batch];
    for (let i = records.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [records[i], records[j]] = [records[j] as DynamoDBRecord, records[i] as DynamoDBRecord];
    }
    return records;
  });
  for (let i = 0; i + 1 < shuffled.length; i += every)
    [shuffled[i], shuffled[i + 1]] = [shuffled[i + 1] as DynamoDBRecord[], shuffled[i] as DynamoDBRecord[]];
  const deliveries: DynamoDBRecord[][] = [];
  for (const [i, batch] of shuffled.entries()) {
    deliveries.push(batch);
    const again = shuffled[i - 3];
    if (i % every === 3 && again) deliveries.push(again);
  }
  return deliveries;
}

/**
 * Delivers a batch as Lambda does with ReportBatchItemFailures: after a partial failure, the batch
 * again from the lowest sequence number reported. Answers how many deliveries it took.
 */
export async function deliver(
  handler: (records: DynamoDBRecord[]) => Promise<DynamoDBBatchResponse>,
  batch: readonly DynamoDBRecord[],
  attempts = 5,
): Promise<number> {
  let pending = [...batch];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const { batchItemFailures } = await handler(pending);
    if (batchItemFailures.length === 0) return attempt;
    const lowest = batchItemFailures.map((f) => f.itemIdentifier).sort()[0];
    pending = pending.filter((r) => (r.dynamodb?.SequenceNumber ?? '') >= (lowest ?? ''));
  }
  throw new Error(`batch still failing after ${attempts} deliveries`);
}
