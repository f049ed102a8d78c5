import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { PROJECTOR_BATCH_SIZE, projectorFilterPattern } from '../infra/tables';
import { localAws } from './dynamodb';

export interface PollerOptions {
  readonly endpoint: string;
  readonly tableName: string;
  readonly handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
  /** Where records that keep failing go, like the stack's dead-letter queue. */
  readonly deadLetterFile?: string;
  readonly intervalMs?: number;
  /** As the stack's event source: retries of a failing record before it goes to the dead letters. */
  readonly retryAttempts?: number;
}

/**
 * Plays the Lambda event source mapping against DynamoDB Local's stream: reads every shard in order,
 * keeps only the records the stack's filter lets through, calls the projector with a batch, and
 * retries from the first failed record as Lambda does with ReportBatchItemFailures.
 */
export function startStreamPoller(options: PollerOptions): { stop(): Promise<void> } {
  const streams = new DynamoDBStreamsClient({ ...localAws, endpoint: options.endpoint });
  const tables = new DynamoDBClient({ ...localAws, endpoint: options.endpoint });
  const iterators = new Map<string, string | undefined>();
  const failures = new Map<string, number>();
  let running = true;

  const poll = async (streamArn: string) => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId ?? '';
      if (iterators.has(shardId)) continue;
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      iterators.set(shardId, ShardIterator);
    }
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const { Records = [], NextShardIterator } = await streams.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: PROJECTOR_BATCH_SIZE }),
      );
      const batch = Records.filter(matchesProjectorFilter).map((r) => toLambdaRecord(r, streamArn));
      const failed = batch.length
        ? (await options.handler({ Records: batch })).batchItemFailures[0]
        : undefined;
      if (!failed) {
        iterators.set(shardId, NextShardIterator);
        continue;
      }
      const sequenceNumber = failed.itemIdentifier;
      const attempts = (failures.get(sequenceNumber) ?? 0) + 1;
      failures.set(sequenceNumber, attempts);
      const giveUp = attempts > (options.retryAttempts ?? 5);
      if (giveUp && options.deadLetterFile)
        appendFileSync(
          options.deadLetterFile,
          `${JSON.stringify({ shardId, sequenceNumber, at: new Date().toISOString() })}\n`,
        );
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: giveUp ? 'AFTER_SEQUENCE_NUMBER' : 'AT_SEQUENCE_NUMBER',
          SequenceNumber: sequenceNumber,
        }),
      );
      iterators.set(shardId, ShardIterator);
    }
  };

  const loop = (async () => {
    const { Table } = await tables.send(new DescribeTableCommand({ TableName: options.tableName }));
    const streamArn = Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);
    while (running) {
      try {
        await poll(streamArn);
      } catch (error) {
        if (running) console.error('stream poller', error);
      }
      await sleep(options.intervalMs ?? 200);
    }
  })().catch((error) => console.error('stream poller stopped', error));

  return {
    async stop() {
      running = false;
      await loop;
      streams.destroy();
      tables.destroy();
    },
  };
}

const matchesProjectorFilter = (record: StreamRecord): boolean =>
  projectorFilterPattern.eventName.includes(record.eventName as 'INSERT') &&
  projectorFilterPattern.dynamodb.NewImage.kind.S.includes(record.dynamodb?.NewImage?.kind?.S as 'event');

/** The record as Lambda delivers it: creation time in epoch seconds and the source ARN. */
const toLambdaRecord = (record: StreamRecord, streamArn: string): DynamoDBRecord =>
  ({
    ...record,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: Math.floor(
        (record.dynamodb?.ApproximateCreationDateTime?.getTime() ?? Date.now()) / 1000,
      ),
    },
  }) as DynamoDBRecord;
