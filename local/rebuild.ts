import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { projections } from '../functions/commons/projections';
import { isEmpty, rebuildReadModels } from '../functions/rebuild/rebuild';
import { readModelsTable } from '../infra/tables';
import { createTable, localAws } from './dynamodb';

/**
 * `npm run rebuild`: replays the Events table of a running DynamoDB Local (`npm start`'s, by
 * default) into a new read-model table and prints its name; `--into` names an existing empty one
 * instead. Switching over is starting the backend on it: `npm start -- --read-models <name>`.
 */
const { values } = parseArgs({
  options: {
    endpoint: { type: 'string', default: 'http://localhost:8000' },
    events: { type: 'string', default: 'local-events' },
    into: { type: 'string' },
  },
});

const client = new DynamoDBClient({ ...localAws, endpoint: values.endpoint });
const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
try {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const targetTable = values.into ?? `${values.events.replace(/-events$/, '')}-read-models-${stamp}`;
  if (values.into) {
    if (!(await isEmpty(documents, targetTable)))
      throw new Error(`${targetTable} is not empty: a rebuild writes into an empty table only`);
  } else {
    await createTable(client, readModelsTable, targetTable);
  }
  const summary = await rebuildReadModels({
    client: documents,
    eventsTable: values.events,
    targetTable,
    projections,
  });
  console.log(
    `Rebuilt ${summary.rows} rows and ${summary.watermarks} watermarks from ${summary.events} events ` +
      `of ${summary.streams} streams in ${summary.seconds} s, into ${targetTable}.\n` +
      `Switch over: npm start -- --read-models ${targetTable}`,
  );
} catch (error) {
  console.error(`rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  client.destroy();
}
