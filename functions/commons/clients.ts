import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EventStore } from '../../events/event-store';
import { eventsTableName } from './config';
import { SERVICE_NAME } from './metric-names';

/**
 * X-Ray, on Lambda only: the tracer is off wherever `AWS_EXECUTION_ENV` is unset (npm start, tests) or
 * `POWERTOOLS_TRACE_ENABLED` is false, and then leaves clients as they are and sends nothing.
 */
export const tracer = new Tracer({ serviceName: SERVICE_NAME });

/**
 * Created once per container, outside the handler, so warm invocations reuse connections. Each call is
 * a subsegment of the invocation's trace, so a slow command shows which read or write was slow.
 */
export const documentClient = DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true },
});

export const logger = new Logger({ serviceName: SERVICE_NAME });

let store: EventStore | undefined;
export const eventStore = (): EventStore => {
  store ??= new EventStore(documentClient, eventsTableName());
  return store;
};
