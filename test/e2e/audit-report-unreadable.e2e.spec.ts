import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAws } from '../../local/dynamodb';
import { P, recordDonorsStory, today } from '../support/donors-process';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';

/**
 * One event item the code cannot read, written straight into the Events table: every answer folded
 * from the log refuses with 409 `log-unreadable` naming it, never a 500, and verification names it.
 */
let local: LocalProcesses;
let unreadable: { streamId: string; version: number; problem: string };

beforeAll(async () => {
  local = await startLocalProcesses(['donors']);
  const ids = await recordDonorsStory(local);
  // The EU's tranche (version 2 of its contribution) retyped to an event no code knows.
  unreadable = { streamId: `donors#contribution#${ids.eu}`, version: 2, problem: 'unknown-type' };
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ ...localAws, endpoint: local.runtime.dynamoEndpoint }),
  );
  const TableName = local.runtime.tables.events;
  const Key = { streamId: unreadable.streamId, version: unreadable.version };
  const { Item } = await client.send(new GetCommand({ TableName, Key }));
  await client.send(new PutCommand({ TableName, Item: { ...Item, type: 'TrancheForgotten' } }));
  client.destroy();
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('an event item the code cannot read', () => {
  const refusal = () => ({ status: 409, body: { error: 'log-unreadable', details: unreadable } });

  it('makes the audit report, the IATI file and a view as of a date refuse, naming it', async () => {
    const { auditor } = local;
    expect(await auditor.get(`${P}/donors/eu/audit-report?from=2026-01-01&to=${today}`)).toMatchObject(
      refusal(),
    );
    expect(await auditor.get(`${P}/donors/eu/iati`)).toMatchObject(refusal());
    expect(await auditor.get(`${P}/budget?asOf=${today}`)).toMatchObject(refusal());
  });

  it('is named by verification, which still walks every other stream', async () => {
    const { status, body } = await local.auditor.post(`${P}/audit-reports/verify`, {
      donorId: 'eu',
      from: '2026-01-01',
      to: today,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ valid: false, error: 'log-unreadable', firstMismatch: unreadable });
    expect(body.findings).toEqual([
      { check: 'readable', ...unreadable, reason: 'no event type TrancheForgotten' },
      { check: 'chain', streamId: unreadable.streamId, version: 2, problem: 'hash-mismatch' },
    ]);
    expect((body.log as { streams: number }).streams).toBeGreaterThan(10);
  });
});
