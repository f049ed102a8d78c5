import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EventStore } from '../../events/event-store';
import { eventsTableName } from './config';
import { SERVICE_NAME } from './metric-names';

/** Created once per container, outside the handler, so warm invocations reuse connections. */
export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

export const logger = new Logger({ serviceName: SERVICE_NAME });

let store: EventStore | undefined;
export const eventStore = (): EventStore => {
  store ??= new EventStore(documentClient, eventsTableName());
  return store;
};
