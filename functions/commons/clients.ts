import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EventStore } from '../../events/event-store';
import { TABLE_ENV } from '../../infra/tables';
import { SERVICE_NAME } from './metric-names';

/** Created once per container, outside the handler, so warm invocations reuse connections. */
export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

export const logger = new Logger({ serviceName: SERVICE_NAME });

const tableName = (env: string): string => {
  const name = process.env[env];
  if (!name) throw new Error(`environment variable ${env} is not set`);
  return name;
};

export const eventsTableName = () => tableName(TABLE_ENV.Events);
export const readModelsTableName = () => tableName(TABLE_ENV.ReadModels);
export const rebuildTargetTableName = () => tableName(TABLE_ENV.RebuildTarget);

let store: EventStore | undefined;
export const eventStore = (): EventStore => {
  store ??= new EventStore(documentClient, eventsTableName());
  return store;
};
