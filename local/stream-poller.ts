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
import { PROJECTOR_BATCH_SIZE, PROJECTOR_RETRY_ATTEMPTS, projectorFilterPattern } from '../infra/tables';
import { localAws } from './dynamodb';

export interface PollerOptions {
  readonly endpoint: string;
  readonly tableName: string;
  readonly handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
  /** Where batches that keep failing are parked, a JSON line each, like the stack's dead-letter queue. */
  readonly deadLetterFile?: string;
  /** The pause between polls, and the first retry's backoff, doubled at each further attempt. */
  readonly intervalMs?: number;
  /** As the stack's event source: retries of a failing batch before its records are parked. */
  readonly retryAttempts?: number;
}

interface Shard {
  readonly iterator: string | undefined;
  /** The batch being retried: the record it starts from, its attempts so far, when the next is due. */
  readonly failing?: { readonly from: string; readonly attempts: number; readonly dueAt: number };
}

/**
 * Plays the Lambda event source mapping against DynamoDB Local's stream: reads every shard in order,
 * keeps only the records the stack's filter lets through, calls the projector with a batch, and
 * retries from the first failed record as Lambda does with ReportBatchItemFailures. A batch fails
 * whether the projector reports records or throws (it throws when none could be applied); each
 * attempt counts, waits twice as long as the one before, and logs one line, and once the retries are
 * spent the failed records are parked in the dead-letter file and the shard moves past the batch.
 */
export function startStreamPoller(options: PollerOptions): { stop(): Promise<void> } {
  const streams = new DynamoDBStreamsClient({ ...localAws, endpoint: options.endpoint });
  const tables = new DynamoDBClient({ ...localAws, endpoint: options.endpoint });
  const shards = new Map<string, Shard>();
  const intervalMs = options.intervalMs ?? 200;
  const retryAttempts = options.retryAttempts ?? PROJECTOR_RETRY_ATTEMPTS;
  let running = true;

  const iteratorAt = async (
    streamArn: string,
    shardId: string,
    type: 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER',
    sequenceNumber: string,
  ) =>
    (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: type,
          SequenceNumber: sequenceNumber,
        }),
      )
    ).ShardIterator;

  /** The records of a batch that failed: those the projector reported, or every one when it threw. */
  const failuresOf = async (batch: DynamoDBRecord[]) => {
    try {
      const { batchItemFailures } = await options.handler({ Records: batch });
      const reported = new Set(batchItemFailures.map((failure) => failure.itemIdentifier));
      const records = batch.filter((record) => reported.has(sequenceOf(record)));
      // As on Lambda, a failure naming no record of the batch fails the batch whole.
      return {
        records: reported.size > 0 && records.length === 0 ? batch : records,
        reason: 'reported failed',
      };
    } catch (error) {
      return { records: batch, reason: `threw: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  const poll = async (streamArn: string) => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId ?? '';
      if (shards.has(shardId)) continue;
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      shards.set(shardId, { iterator: ShardIterator });
    }
    for (const [shardId, { iterator, failing }] of shards) {
      if (!iterator || (failing && Date.now() < failing.dueAt)) continue;
      const { Records = [], NextShardIterator } = await streams.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: PROJECTOR_BATCH_SIZE }),
      );
      const batch = Records.filter(matchesProjectorFilter).map((r) => toLambdaRecord(r, streamArn));
      const failed = batch.length ? await failuresOf(batch) : undefined;
      const from = failed?.records[0] && sequenceOf(failed.records[0]);
      if (!failed || !from) {
        shards.set(shardId, { iterator: NextShardIterator });
        continue;
      }
      const attempts = failing?.from === from ? failing.attempts + 1 : 1;
      const what = `${failed.records.length} of ${batch.length} records from ${from}`;
      if (attempts <= retryAttempts) {
        const backoffMs = intervalMs * 2 ** (attempts - 1);
        console.error(
          `stream poller: ${what} ${failed.reason} (attempt ${attempts} of ${retryAttempts + 1}; again in ${backoffMs} ms)`,
        );
        shards.set(shardId, {
          iterator: await iteratorAt(streamArn, shardId, 'AT_SEQUENCE_NUMBER', from),
          failing: { from, attempts, dueAt: Date.now() + backoffMs },
        });
        continue;
      }
      if (options.deadLetterFile)
        appendFileSync(
          options.deadLetterFile,
          `${JSON.stringify(deadLetter({ streamArn, shardId, batch, failed: failed.records, attempts, reason: failed.reason }))}\n`,
        );
      console.error(
        `stream poller: ${what} ${failed.reason} (attempt ${attempts}, the last): ${options.deadLetterFile ? `parked in ${options.deadLetterFile}` : 'dropped'}`,
      );
      // Past the whole batch: what did not fail was applied, what did is parked.
      const last = Records.at(-1)?.dynamodb?.SequenceNumber ?? from;
      shards.set(shardId, { iterator: await iteratorAt(streamArn, shardId, 'AFTER_SEQUENCE_NUMBER', last) });
    }
  };

  const loop = (async () => {
    const { Table } = await tables.send(new DescribeTableCommand({ TableName: options.tableName }));
    const streamArn = Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);
    // A stream that cannot be read (DynamoDB Local gone) is retried ever more slowly, not every poll.
    let errors = 0;
    while (running) {
      try {
        await poll(streamArn);
        errors = 0;
      } catch (error) {
        errors += 1;
        if (running) console.error('stream poller', error);
      }
      await sleep(Math.min(intervalMs * 2 ** errors, 10_000));
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

const sequenceOf = (record: DynamoDBRecord): string => record.dynamodb?.SequenceNumber ?? '';

/**
 * What the stack's on-failure destination receives (the batch's shard and sequence numbers, under
 * Lambda's own names), and the stream and version of each failed record, to find it in the Events table.
 */
const deadLetter = (parked: {
  streamArn: string;
  shardId: string;
  batch: DynamoDBRecord[];
  failed: DynamoDBRecord[];
  attempts: number;
  reason: string;
}) => ({
  timestamp: new Date().toISOString(),
  condition: 'RetryAttemptsExhausted',
  approximateInvokeCount: parked.attempts,
  reason: parked.reason,
  DDBStreamBatchInfo: {
    shardId: parked.shardId,
    startSequenceNumber: sequenceOf(parked.batch[0] as DynamoDBRecord),
    endSequenceNumber: sequenceOf(parked.batch.at(-1) as DynamoDBRecord),
    batchSize: parked.batch.length,
    streamArn: parked.streamArn,
  },
  records: parked.failed.map((record) => ({
    sequenceNumber: sequenceOf(record),
    streamId: record.dynamodb?.NewImage?.streamId?.S,
    version: Number(record.dynamodb?.NewImage?.version?.N),
  })),
});

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
