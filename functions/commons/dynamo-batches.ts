import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { keyString, type RowKey } from '../../domain/views/projection';

type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** DynamoDB's limits: 100 keys per BatchGetItem, 25 requests per BatchWriteItem. */
const GET_LIMIT = 100;
const WRITE_LIMIT = 25;
const MAX_ATTEMPTS = 10;

/**
 * Runs `work` on every item with at most `limit` in flight. Every item is tried: the first error is
 * thrown once all have settled, so no write is left running behind the caller's back.
 */
export async function inParallel<T>(
  limit: number,
  items: readonly T[],
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item).catch((error: unknown) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length) throw errors[0];
}

/** Full-jitter backoff before retrying what DynamoDB left unprocessed (throttling). */
const backoff = (attempt: number) => sleep(Math.random() * 25 * 2 ** attempt);

/** Items by key (`keyString`), read consistently: what this writer wrote before is what it reads. */
export async function batchGet(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly RowKey[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Map(keys.map((key) => [keyString(key), key])).values()];
  for (let start = 0; start < unique.length; start += GET_LIMIT) {
    let request: BatchGetCommandInput['RequestItems'] = {
      [tableName]: { Keys: unique.slice(start, start + GET_LIMIT), ConsistentRead: true },
    };
    for (let attempt = 1; request && Object.keys(request).length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`BatchGetItem on ${tableName}: keys left unprocessed`);
      if (attempt > 1) await backoff(attempt);
      const answer: BatchGetCommandOutput = await client.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of answer.Responses?.[tableName] ?? []) found.set(keyString(item as RowKey), item);
      request = answer.UnprocessedKeys;
    }
  }
  return found;
}

/** Puts (or deletes) every request, 25 to a call, `concurrency` calls at a time. Not conditional. */
export async function batchWrite(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  concurrency = 8,
): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let start = 0; start < requests.length; start += WRITE_LIMIT)
    chunks.push(requests.slice(start, start + WRITE_LIMIT));
  await inParallel(concurrency, chunks, async (chunk) => {
    let request: BatchWriteCommandInput['RequestItems'] = { [tableName]: chunk };
    for (let attempt = 1; request && Object.keys(request).length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`BatchWriteItem on ${tableName}: items left unprocessed`);
      if (attempt > 1) await backoff(attempt);
      ({ UnprocessedItems: request } = await client.send(new BatchWriteCommand({ RequestItems: request })));
    }
  });
}
