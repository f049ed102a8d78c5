import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { benchmarksProjection } from '../domain/views/benchmarks';
import { budgetProjection } from '../domain/views/budget';
import { donorContributionsProjection } from '../domain/views/donor/contributions';
import { fundedStaffProjection } from '../domain/views/donor/funded-staff';
import { donorSpendingProjection } from '../domain/views/donor/spending';
import { fundingSourcesProjection } from '../domain/views/funding-sources';
import { mandateProjection } from '../domain/views/mandate';
import { postsProjection } from '../domain/views/posts';
import { reviewPointsProjection } from '../domain/views/review-points';
import { risksProjection } from '../domain/views/risks';
import { staffingProjection } from '../domain/views/staffing';
import { toStoredEvent } from '../events/event-store';
import { documentClient, eventStore, logger, readModelsTableName } from './commons/clients';
import { METRIC } from './commons/metric-names';
import { metrics } from './commons/metrics';
import { ReadModelWriter } from './commons/read-model-writer';

/** Every view the projector keeps. */
export const projections = [
  budgetProjection,
  mandateProjection,
  benchmarksProjection,
  reviewPointsProjection,
  risksProjection,
  postsProjection,
  donorContributionsProjection,
  donorSpendingProjection,
  fundedStaffProjection,
  fundingSourcesProjection,
  staffingProjection,
];

const processor = new BatchProcessor(EventType.DynamoDBStreams);
let writer: ReadModelWriter | undefined;

const projectRecord = async (record: DynamoDBRecord): Promise<void> => {
  const image = record.dynamodb?.NewImage;
  if (!image) throw new Error(`stream record ${record.eventID} has no new image`);
  writer ??= new ReadModelWriter(documentClient, readModelsTableName(), eventStore(), projections);
  await writer.project(toStoredEvent(unmarshall(image as Record<string, AttributeValue>)));
};

/**
 * Consumes the Events table's stream. Records are applied one after another (a stream's versions in
 * order); a failed record is reported alone, and Lambda retries from it, so what follows it is
 * delivered again and ignored as a duplicate.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const response = await processPartialResponse(event, projectRecord, processor, {
    processInParallel: false,
  });
  countBatch(event.Records, response.batchItemFailures.length);
  return response;
};

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
