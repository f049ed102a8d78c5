import { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { StoredEvent } from '../events/envelope';
import { toStoredEvent } from '../events/event-store';
import { documentClient, eventStore } from './commons/clients';
import { readModelsTableName } from './commons/config';
import { METRIC, SERVICE_NAME } from './commons/metric-names';
import { metrics } from './commons/metrics';
import { lambdaContext } from './commons/middlewares';
import { projections } from './commons/projections';
import { ReadModelWriter } from './commons/read-model-writer';

let writer: ReadModelWriter | undefined;

/**
 * The projector's own logger, not the one the HTTP handlers share: what a request appends to that one
 * (its correlation id, its route) belongs to the request, and where both run in one process (`npm start`)
 * a batch's lines would otherwise carry whichever request was last, or still is, in flight.
 */
const log = new Logger({ serviceName: SERVICE_NAME });

const invocation = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(lambdaContext(log))
  .handler(async (event) => {
    writer ??= new ReadModelWriter(documentClient, readModelsTableName(), eventStore(), projections);
    const response = await projectRecords(writer, event.Records);
    countBatch(event.Records, response.batchItemFailures.length);
    return response;
  });

/**
 * Consumes the Events table's stream, a batch at a time: the writer applies it per view and source
 * stream, in version order. A record that cannot be read, or whose group fails, is reported by its
 * sequence number; Lambda then delivers the batch again from the lowest one reported, and what had
 * been applied comes back as duplicates, which the watermarks ignore. When nothing could be applied
 * the invocation fails, so the event source bisects the batch to isolate the culprit.
 * Called as Lambda calls it, or as the local poller does, without a context: the logger then names none.
 */
export const handler = async (
  event: DynamoDBStreamEvent,
  context?: Context,
): Promise<DynamoDBBatchResponse> =>
  (await invocation(event, context ?? ({} as Context), {
    signal: new AbortController().signal,
  })) as DynamoDBBatchResponse;

export async function projectRecords(
  into: ReadModelWriter,
  records: readonly DynamoDBRecord[],
): Promise<DynamoDBBatchResponse> {
  const failed = new Set<DynamoDBRecord>();
  const recordOf = new Map<StoredEvent, DynamoDBRecord>();
  for (const record of records) {
    try {
      recordOf.set(storedEventOf(record), record);
    } catch (error) {
      log.error('stream record not readable', { eventID: record.eventID, error });
      failed.add(record);
    }
  }
  for (const { projection, streamId, events, error } of await into.projectBatch([...recordOf.keys()])) {
    log.error('view not updated', { projection, streamId, versions: events.map((e) => e.version), error });
    for (const event of events) failed.add(recordOf.get(event) as DynamoDBRecord);
  }
  if (records.length > 0 && failed.size === records.length)
    throw new Error(`none of the ${records.length} records of the batch could be projected`);
  return {
    batchItemFailures: records
      .filter((record) => failed.has(record))
      .map((record) => ({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' })),
  };
}

function storedEventOf(record: DynamoDBRecord): StoredEvent {
  const image = record.dynamodb?.NewImage;
  if (!image) throw new Error(`stream record ${record.eventID} has no new image`);
  // The folded state a stream's latest event carries is no part of the event, so it is not unmarshalled:
  // DynamoDB Local's stream gives an empty map in it as `{}`, no type, which unmarshall cannot read.
  const { state: _, stateVersion: __, ...event } = image;
  return toStoredEvent(unmarshall(event as Record<string, AttributeValue>));
}

/** Events projected, and the lag of the oldest record: how far the read models trail the events. */
function countBatch(records: readonly DynamoDBRecord[], failed: number, now = Date.now()): void {
  if (records.length === 0) return;
  const oldest = Math.min(...records.map((r) => r.dynamodb?.ApproximateCreationDateTime ?? now / 1000));
  try {
    metrics.addMetric(METRIC.eventsProjected, MetricUnit.Count, records.length - failed);
    metrics.addMetric(METRIC.projectorLag, MetricUnit.Milliseconds, Math.max(0, now - oldest * 1000));
    metrics.publishStoredMetrics();
  } catch (failure) {
    log.warn('metrics not published', { failure });
  }
}
