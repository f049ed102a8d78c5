import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { StoredEvent } from '../events/envelope';
import { toStoredEvent } from '../events/event-store';
import { documentClient, eventStore, logger } from './commons/clients';
import { readModelsTableName } from './commons/config';
import { METRIC } from './commons/metric-names';
import { metrics } from './commons/metrics';
import { projections } from './commons/projections';
import { ReadModelWriter } from './commons/read-model-writer';

let writer: ReadModelWriter | undefined;

/**
 * Consumes the Events table's stream, a batch at a time: the writer applies it per view and source
 * stream, in version order. A record that cannot be read, or whose group fails, is reported by its
 * sequence number; Lambda then delivers the batch again from the lowest one reported, and what had
 * been applied comes back as duplicates, which the watermarks ignore. When nothing could be applied
 * the invocation fails, so the event source bisects the batch to isolate the culprit.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  writer ??= new ReadModelWriter(documentClient, readModelsTableName(), eventStore(), projections);
  const response = await projectRecords(writer, event.Records);
  countBatch(event.Records, response.batchItemFailures.length);
  return response;
};

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
      logger.error('stream record not readable', { eventID: record.eventID, error });
      failed.add(record);
    }
  }
  for (const { projection, streamId, events, error } of await into.projectBatch([...recordOf.keys()])) {
    logger.error('view not updated', { projection, streamId, versions: events.map((e) => e.version), error });
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
  return toStoredEvent(unmarshall(image as Record<string, AttributeValue>));
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
    logger.warn('metrics not published', { failure });
  }
}
