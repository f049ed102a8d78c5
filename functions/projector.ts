import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
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
import { documentClient, eventStore, readModelsTableName } from './commons/clients';
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
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> =>
  processPartialResponse(event, projectRecord, processor, { processInParallel: false });
