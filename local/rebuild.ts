import { parseArgs } from 'node:util';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { projections } from '../functions/commons/projections';
import { isEmpty, rebuildReadModels } from '../functions/rebuild/rebuild';
import { readModelsTable } from '../infra/tables';
import { createTable, localAws } from './dynamodb';
import { CannotRead, EXIT, failureOf, type Source, UsageError } from './exit';

const usage = `npm run rebuild -- [--endpoint URL] [--events TABLE] [--into TABLE]

Replays the Events table of a running DynamoDB Local (npm start's: --endpoint http://localhost:8000,
--events local-events) into a new read-model table and prints its name; --into names an existing empty
one instead. Each stream's hash chain is verified as it is read: an event changed, unreadable or
missing stops the rebuild, naming its stream and version, and nothing is written (a table it created
is deleted). Switching over is starting the backend on it: npm start -- --read-models <name>.

Exit codes: 0 rebuilt; 1 the log does not hold (an event changed, unreadable or missing); 2 usage (an
argument unknown or wrong, --into a table that is not empty); 3 cannot read (no such table, endpoint
unreachable); 4 failed otherwise.`;

/** `npm run rebuild`: see `usage`. Bad input is one line on stderr and an exit code, never a stack trace. */
async function rebuild(argv: readonly string[]): Promise<number> {
  let values: { endpoint: string; events: string; into?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        endpoint: { type: 'string', default: 'http://localhost:8000' },
        events: { type: 'string', default: 'local-events' },
        into: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`rebuild: ${(error as Error).message.split('. ')[0]} (npm run rebuild -- --help)`);
    return EXIT.usage;
  }
  if (values.help) {
    console.log(usage);
    return EXIT.ok;
  }
  const source: Source = { table: values.events, endpoint: values.endpoint };
  const client = new DynamoDBClient({ ...localAws, endpoint: values.endpoint });
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const targetTable = values.into ?? `${values.events.replace(/-events$/, '')}-read-models-${stamp}`;
  let created = false;
  try {
    if (values.into) {
      const empty = await isEmpty(documents, targetTable).catch((error: unknown) => {
        throw (error as Error).name === 'ResourceNotFoundException'
          ? new CannotRead(`table ${targetTable} does not exist at ${values.endpoint}`)
          : error;
      });
      if (!empty)
        throw new UsageError(`${targetTable} is not empty: a rebuild writes into an empty table only`);
    } else {
      await createTable(client, readModelsTable, targetTable);
      created = true;
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
    return EXIT.ok;
  } catch (error) {
    // Refused before writing: the table made for this run goes too, so nothing is left behind.
    if (created) await client.send(new DeleteTableCommand({ TableName: targetTable })).catch(() => {});
    const { code, line } = failureOf(error, source);
    console.error(`rebuild failed, nothing written: ${line}`);
    return code;
  } finally {
    client.destroy();
  }
}

process.exitCode = await rebuild(process.argv.slice(2));
