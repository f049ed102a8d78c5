import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import type { EventMetadata } from '../../events/envelope';
import { TABLE_ENV } from '../../functions/commons/config';
import { projections } from '../../functions/commons/projections';
import { ReadModelWriter } from '../../functions/commons/read-model-writer';
import { readModelsTable } from '../../infra/tables';
import { createTable, localAws } from '../../local/dynamodb';
import { lineAdopted, lineCharged, usd } from '../support/builders';
import { freshTables } from '../support/tables';

const run = promisify(execFile);
let tables: Awaited<ReturnType<typeof freshTables>>;
let kept: Record<string, unknown>[];

const meta = (n: number): EventMetadata => ({
  processId: 'p1',
  actor: 'fo-1',
  role: 'finance-officer',
  commandId: `c-${n}`,
  correlationId: `c-${n}`,
  causationId: `c-${n}`,
  recordedAt: '2026-01-02T10:00:00.000Z',
});

async function everythingIn(tableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: tables.documents }, { TableName: tableName }))
    items.push(...(page.Items ?? []));
  return items;
}

async function everything(tableName: string): Promise<Record<string, unknown>[]> {
  const items = await everythingIn(tableName);
  const key = (item: Record<string, unknown>) => `${item.pk}\u0000${item.sk}`;
  return items.sort((a, b) => key(a).localeCompare(key(b)));
}

/** What the Rebuild function is given on AWS: its tables, and here DynamoDB Local's endpoint. */
const functionEnvironment = (events: string, target: string) =>
  Object.assign(process.env, {
    AWS_REGION: localAws.region,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: tables.endpoint,
    [TABLE_ENV.Events]: events,
    [TABLE_ENV.RebuildTarget]: target,
  });

async function freshReadModels(name: string): Promise<string> {
  const tableName = `${tables.prefix}-${name}`;
  await createTable(tables.client, readModelsTable, tableName);
  return tableName;
}

/**
 * Two lines appended through the event store, one command at a time, so the table holds what it
 * holds in production: events, each stream's tip and every command's record; and the read models
 * the projector kept from them.
 */
beforeAll(async () => {
  tables = await freshTables();
  let command = 0;
  for (const lineId of ['L1', 'L2'])
    for (const event of [lineAdopted({ lineId }), lineCharged({ lineId, amount: usd(2_500_00) })]) {
      const stream = await tables.store.load(`p1#budget-line#${lineId}`, budgetLine);
      command += 1;
      await tables.store.append(
        { commandId: `c-${command}`, requestHash: 'h', metadata: meta(command), result: {} },
        [{ stream, events: [event] }],
      );
    }
  const events = [
    ...(await tables.store.read('p1#budget-line#L1')),
    ...(await tables.store.read('p1#budget-line#L2')),
  ];
  await new ReadModelWriter(
    tables.documents,
    tables.names.readModels,
    tables.store,
    projections,
  ).projectBatch(events);
  kept = await everything(tables.names.readModels);
  // Two lines: 10,000.00 adopted, 2,500.00 charged, 7,500.00 available each.
  expect(kept.filter((item) => item.pk === 'p1#budget')).toEqual([
    expect.objectContaining({ lineId: 'L1', available: usd(7_500_00), revision: 2 }),
    expect.objectContaining({ lineId: 'L2', available: usd(7_500_00), revision: 2 }),
  ]);
});

describe('the rebuild function', () => {
  it('empties the standby table, then rebuilds into it what the projector kept, ignoring tips and command records', async () => {
    // Given a standby table holding an earlier generation of views
    const standby = await freshReadModels('standby');
    await tables.documents.send(
      new PutCommand({ TableName: standby, Item: { pk: 'p1#budget', sk: 'line#GONE', revision: 9 } }),
    );
    functionEnvironment(tables.names.events, standby);
    const { handler } = await import('../../functions/rebuild/handler');

    // When it is invoked
    const answer = await handler();

    // Then it holds exactly the views kept incrementally: 2 rows, 2 watermarks, from 4 events
    expect(answer).toMatchObject({ emptied: 1, events: 4, streams: 2, rows: 2, watermarks: 2 });
    expect(await everything(standby)).toEqual(kept);
  });
});

describe('npm run rebuild', () => {
  const rebuild = (...args: string[]) =>
    run(
      'npx',
      ['tsx', 'local/rebuild.ts', '--endpoint', tables.endpoint, '--events', tables.names.events, ...args],
      {
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      },
    );

  it('rebuilds into a new table and prints its name, with the command that switches over to it', async () => {
    const { stdout } = await rebuild();
    const table = /into (\S+)\.\n/.exec(stdout)?.[1] ?? '';
    expect(table).toMatch(new RegExp(`^${tables.prefix}-read-models-\\d{14}$`));
    expect(stdout).toContain(`npm start -- --read-models ${table}`);
    expect(await everything(table)).toEqual(kept);
  }, 60_000);

  it('rebuilds into an empty table it is given', async () => {
    const table = await freshReadModels('given');
    await rebuild('--into', table);
    expect(await everything(table)).toEqual(kept);
  }, 60_000);

  it('refuses a table that is not empty, and writes nothing: a usage error, exit 2', async () => {
    const failure = await rebuild('--into', tables.names.readModels).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('is not empty') });
    expect(await everything(tables.names.readModels)).toEqual(kept);
  }, 60_000);

  it('answers an unknown option with one line and exit 2, a missing table or endpoint with exit 3', async () => {
    const failed = (args: string[]) =>
      run('npx', ['tsx', 'local/rebuild.ts', ...args], {
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      }).catch((error: { code: number; stderr: string }) => error);
    const oneLine = (stderr: string) => stderr.trim().split('\n');
    const unknown = await failed(['--table', 'x']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(oneLine((unknown as { stderr: string }).stderr)).toEqual([
      expect.stringContaining("Unknown option '--table'"),
    ]);
    const missing = await failed(['--endpoint', tables.endpoint, '--events', `${tables.prefix}-none`]);
    expect(missing).toMatchObject({ code: 3 });
    expect(oneLine((missing as { stderr: string }).stderr)).toEqual([
      expect.stringContaining(`table ${tables.prefix}-none does not exist`),
    ]);
    const unreachable = await failed(['--endpoint', 'http://127.0.0.1:9', '--events', 'local-events']);
    expect(unreachable).toMatchObject({ code: 3, stderr: expect.stringContaining('cannot reach') });
    const help = await run('npx', ['tsx', 'local/rebuild.ts', '--help']);
    expect(help.stdout).toContain('Exit codes: 0 rebuilt; 1 the log does not hold');
  }, 120_000);
});

describe('a rebuild over an edited log', () => {
  let edited: Awaited<ReturnType<typeof freshTables>>;

  /**
   * The same two lines, then L2's charge of 2,500.00 edited in place to 25,000.00 behind the store's
   * back: replayed, L2 would show −15,000.00 available. The rebuild verifies each stream's chain as it
   * reads and refuses, naming the event, before it writes anything.
   */
  beforeAll(async () => {
    edited = await freshTables();
    const items = (await everythingIn(tables.names.events)).filter((item) => item.kind === 'event');
    for (const Item of items)
      await edited.documents.send(new PutCommand({ TableName: edited.names.events, Item }));
    const charge = items.find((item) => item.streamId === 'p1#budget-line#L2' && item.version === 2);
    await edited.documents.send(
      new PutCommand({
        TableName: edited.names.events,
        Item: { ...charge, data: { ...(charge?.data as object), amount: usd(25_000_00) } },
      }),
    );
  });

  it('the function refuses, naming the edited event, and writes nothing to the standby table', async () => {
    const standby = await freshReadModels('edited-standby');
    functionEnvironment(edited.names.events, standby);
    const { handler } = await import('../../functions/rebuild/handler');
    await expect(handler()).rejects.toThrow('p1#budget-line#L2 version 2: hash-mismatch');
    expect(await everything(standby)).toEqual([]);
  });

  it('npm run rebuild says so in one line, exits 1, and leaves no table behind', async () => {
    const failure = await run(
      'npx',
      ['tsx', 'local/rebuild.ts', '--endpoint', edited.endpoint, '--events', edited.names.events],
      { env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr.trim().split('\n')).toEqual([
      'rebuild failed, nothing written: the log does not hold at p1#budget-line#L2 version 2: hash-mismatch',
    ]);
    const after = await tables.client.send(
      new ListTablesCommand({ ExclusiveStartTableName: edited.names.readModels, Limit: 5 }),
    );
    expect(after.TableNames?.filter((name) => name.startsWith(`${edited.names.readModels}-`))).toEqual([]);
  }, 60_000);
});
