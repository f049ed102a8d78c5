import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { EventStore } from '../../events/event-store';
import { eventsTable, readModelsTable } from '../../infra/tables';
import { createTable, localAws } from '../../local/dynamodb';

/** Fresh Events and ReadModels tables in the run's DynamoDB Local, for one test file. */
export async function freshTables() {
  const endpoint = inject('dynamoEndpoint');
  const prefix = `t-${randomUUID().slice(0, 8)}`;
  const client = new DynamoDBClient({ ...localAws, endpoint });
  const names = { events: `${prefix}-events`, readModels: `${prefix}-read-models` };
  await createTable(client, eventsTable, names.events);
  await createTable(client, readModelsTable, names.readModels);
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { endpoint, prefix, names, client, documents, store: new EventStore(documents, names.events) };
}
