import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AnchorStore } from '../events/anchor-store';
import { type AnchorSummary, anchorEveryProcess, anchorSigner } from '../functions/anchor/anchoring';
import { ANCHOR_KEY_ENV, TABLE_ENV } from '../functions/commons/config';
import { routes } from '../functions/routes';
import { anchorsTable, eventsTable, readModelsTable } from '../infra/tables';
import type { LocalPerson } from './demo/people';
import { createTable, localAws, startDynamoDb } from './dynamodb';
import { startGateway } from './gateway';
import { startStreamPoller } from './stream-poller';
import { type LocalIssuer, localIssuer } from './tokens';

export interface RuntimeOptions {
  readonly port: number;
  readonly dynamoPort: number;
  /** Folder for DynamoDB Local's data; in memory when absent. */
  readonly dataDir?: string;
  /** An already running DynamoDB Local to use instead of starting one (tests share one per run). */
  readonly dynamoEndpoint?: string;
  readonly tablePrefix?: string;
  /** The read-model table to serve and project into, when not `<prefix>-read-models` (after a rebuild). */
  readonly readModelsTable?: string;
  /** Signs and verifies the local tokens (a new key when absent). */
  readonly issuer?: LocalIssuer;
  readonly deadLetterFile?: string;
  /** The gateway's clock, which stamps each request's time: a story recorded on a day of its own. */
  readonly clock?: () => Date;
  /** The people the gateway lists at `GET /local/people`, for the web app's local sign-in. */
  readonly people?: readonly LocalPerson[];
  /** The built web app the gateway serves at `/` (`web/dist`), if any. */
  readonly webRoot?: string;
  /** Takes the gateway's line per request (method, route key, status, ms, correlation id). */
  readonly requestLog?: (line: string) => void;
  /** The PEM key file anchors are signed with, created on first use; a fresh one in the temp folder when absent. */
  readonly anchorKeyFile?: string;
  /** How often every process is anchored, in milliseconds (the schedule on AWS); 10 minutes by default. */
  readonly anchorEveryMs?: number;
}

export interface LocalRuntime {
  readonly url: string;
  readonly issuer: LocalIssuer;
  readonly tables: { readonly events: string; readonly readModels: string; readonly anchors: string };
  readonly dynamoEndpoint: string;
  readonly anchorKeyFile: string;
  /** Anchors every process now, as the timer does. */
  anchor(): Promise<AnchorSummary>;
  stop(): Promise<void>;
}

/**
 * The whole backend on one machine: DynamoDB Local with the stack's tables, the HTTP gateway in front
 * of the real handlers, and the stream poller feeding the real projector.
 */
export async function startLocalRuntime(options: RuntimeOptions): Promise<LocalRuntime> {
  const dynamo = options.dynamoEndpoint
    ? undefined
    : await startDynamoDb({
        port: options.dynamoPort,
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      });
  const endpoint = options.dynamoEndpoint ?? dynamo?.endpoint ?? '';
  const prefix = options.tablePrefix ?? 'local';
  const tables = {
    events: `${prefix}-events`,
    readModels: options.readModelsTable ?? `${prefix}-read-models`,
    anchors: `${prefix}-anchors`,
  };
  const anchorKeyFile =
    options.anchorKeyFile ?? join(tmpdir(), `cmb-anchor-${process.pid}-${Date.now()}.pem`);

  const client = new DynamoDBClient({ ...localAws, endpoint });
  await createTable(client, eventsTable, tables.events);
  await createTable(client, readModelsTable, tables.readModels);
  await createTable(client, anchorsTable, tables.anchors);

  // The handlers create their clients from the environment, exactly as in Lambda.
  Object.assign(process.env, {
    AWS_REGION: localAws.region,
    AWS_ACCESS_KEY_ID: localAws.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localAws.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    [TABLE_ENV.Events]: tables.events,
    [TABLE_ENV.ReadModels]: tables.readModels,
    [TABLE_ENV.Anchors]: tables.anchors,
    // The key file stands in for the KMS key: never a KMS key from the shell's environment.
    [ANCHOR_KEY_ENV.kms]: '',
    [ANCHOR_KEY_ENV.file]: anchorKeyFile,
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    // Metrics go to CloudWatch as log lines on AWS; on one machine they would only flood the console.
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
  });

  const issuer = options.issuer ?? (await localIssuer());
  const server: Server = await startGateway({
    port: options.port,
    routes,
    issuer,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.people ? { people: options.people } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(options.requestLog ? { log: options.requestLog } : {}),
  });
  const { handler: projector } = await import('../functions/projector');
  const poller = startStreamPoller({
    endpoint,
    tableName: tables.events,
    handler: projector,
    ...(options.deadLetterFile ? { deadLetterFile: options.deadLetterFile } : {}),
  });

  const documents = DynamoDBDocumentClient.from(client);
  const anchor = () =>
    anchorEveryProcess({
      client: documents,
      eventsTable: tables.events,
      anchors: new AnchorStore(documents, tables.anchors),
      signer: anchorSigner(),
      now: new Date(),
    });
  // As the schedule does on AWS; a failed run is said and retried at the next tick.
  const anchoring = setInterval(
    () => anchor().catch((error) => console.error('anchoring failed:', (error as Error).message)),
    options.anchorEveryMs ?? 10 * 60_000,
  );
  anchoring.unref();

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    issuer,
    tables,
    dynamoEndpoint: endpoint,
    anchorKeyFile,
    anchor,
    async stop() {
      clearInterval(anchoring);
      await poller.stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      client.destroy();
      await dynamo?.stop();
    },
  };
}
