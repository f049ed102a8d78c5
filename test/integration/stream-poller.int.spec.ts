import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { budgetLine } from '../../domain/budget-line/decide';
import { process as processDecider } from '../../domain/process/decide';
import { TABLE_ENV } from '../../functions/commons/config';
import { localAws } from '../../local/dynamodb';
import { startStreamPoller } from '../../local/stream-poller';
import { lineAdopted, usd } from '../support/builders';
import { eventually } from '../support/http';
import { processOpened } from '../support/staffing-builders';
import { freshTables } from '../support/tables';

let tables: Awaited<ReturnType<typeof freshTables>>;
let projector: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
const folder = mkdtempSync(join(tmpdir(), 'dead-letters-'));
const deadLetterFile = join(folder, 'dead-letters.jsonl');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  tables = await freshTables();
  Object.assign(process.env, {
    AWS_REGION: localAws.region,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: tables.endpoint,
    [TABLE_ENV.Events]: tables.names.events,
    [TABLE_ENV.ReadModels]: tables.names.readModels,
  });
  ({ handler: projector } = await import('../../functions/projector'));
});

const deadLetters = async (): Promise<Record<string, unknown>[]> => {
  try {
    return readFileSync(deadLetterFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  } catch {
    return [];
  }
};

describe('the local stream poller', () => {
  it('parks a batch the projector throws on after its retries, in the dead-letter file, and projects what follows', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const poller = startStreamPoller({
      endpoint: tables.endpoint,
      tableName: tables.names.events,
      handler: projector,
      deadLetterFile,
      intervalMs: 20,
      retryAttempts: 2,
    });
    try {
      // Given an event item written straight into the table that no projector can read: every record
      // of its batch fails, so the projector throws rather than reporting records
      await tables.documents.send(
        new PutCommand({
          TableName: tables.names.events,
          Item: { streamId: 'p1#budget-line#POISON', version: 1, kind: 'event', type: 'NoSuchEvent' },
        }),
      );

      // Then after the first attempt and its two retries its record is parked, where the stack's
      // on-failure destination would name it, with what finds it in the Events table
      const [parked] = (await eventually(deadLetters, (lines) => lines.length > 0, 15_000)) as Record<
        string,
        unknown
      >[];
      expect(parked).toMatchObject({
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 3,
        DDBStreamBatchInfo: { batchSize: 1, shardId: expect.any(String) },
        records: [{ streamId: 'p1#budget-line#POISON', version: 1, sequenceNumber: expect.any(String) }],
      });
      expect(parked?.reason).toMatch(/^threw: none of the 1 records/);

      // And a later event is projected: the shard moved past the parked batch
      const stream = await tables.store.load('p1#budget-line#L1', budgetLine);
      await tables.store.append(
        {
          commandId: 'adopt-l1',
          requestHash: 'h',
          metadata: {
            processId: 'p1',
            actor: 'fa-1',
            role: 'finance-approver',
            commandId: 'adopt-l1',
            correlationId: 'adopt-l1',
            causationId: 'adopt-l1',
            recordedAt: '2026-01-02T10:00:00.000Z',
          },
          result: {},
        },
        [{ stream, events: [lineAdopted({ lineId: 'L1' })] }],
      );
      const row = await eventually(
        async () =>
          (
            await tables.documents.send(
              new GetCommand({ TableName: tables.names.readModels, Key: { pk: 'p1#budget', sk: 'line#L1' } }),
            )
          ).Item,
        (item) => item !== undefined,
        15_000,
      );
      expect(row).toMatchObject({ allocated: usd(10_000_00) });

      // One line per attempt, not one per poll; nothing parked twice
      const lines = logged.mock.calls
        .map((call) => String(call[0]))
        .filter((line) => line.startsWith('stream poller'));
      expect(lines).toHaveLength(3);
      expect(lines[2]).toContain(`parked in ${deadLetterFile}`);
      expect(await deadLetters()).toHaveLength(1);
    } finally {
      await poller.stop();
      logged.mockRestore();
    }
  }, 60_000);

  it("projects the latest event though the stream's folded state it carries holds an empty map", async () => {
    // An empty map in a stream record's image comes from DynamoDB Local's stream without its type
    // Each record the projector was handed, by stream, and whether it read and applied it
    const projected = new Map<string, boolean>();
    const poller = startStreamPoller({
      endpoint: tables.endpoint,
      tableName: tables.names.events,
      handler: async (event) => {
        const outcome = await projector(event).catch((error: Error) => error);
        const failed = new Set(
          outcome instanceof Error
            ? event.Records.map((record) => record.dynamodb?.SequenceNumber)
            : outcome.batchItemFailures.map((failure) => failure.itemIdentifier),
        );
        for (const record of event.Records)
          projected.set(
            String(record.dynamodb?.NewImage?.streamId?.S),
            !failed.has(record.dynamodb?.SequenceNumber),
          );
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
      deadLetterFile,
      intervalMs: 20,
      retryAttempts: 0,
    });
    try {
      const id = 'p2#process#p2';
      const stream = await tables.store.load(id, processDecider);
      await tables.store.append(
        {
          commandId: 'open-p2',
          requestHash: 'h',
          metadata: {
            processId: 'p2',
            actor: 'admin-1',
            role: 'admin',
            commandId: 'open-p2',
            correlationId: 'open-p2',
            causationId: 'open-p2',
            recordedAt: '2026-01-02T10:00:00.000Z',
          },
          result: {},
        },
        [{ stream, events: [processOpened({ processId: 'p2' })] }],
      );
      expect((await tables.store.load(id, processDecider)).state).toHaveProperty('closeProposals', {});

      expect(
        await eventually(
          async () => projected.get(id),
          (seen) => seen !== undefined,
          15_000,
        ),
      ).toBe(true);
    } finally {
      await poller.stop();
    }
  }, 60_000);
});
