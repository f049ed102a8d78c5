import { describe, expect, it } from 'vitest';
import { logicalIdOf, resourceOf, resourcesOfType, synth } from './synth';

describe('the event store tables', () => {
  const { stack, template } = synth('dev');
  const events = resourceOf(template, stack.tables.events);
  const readModels = resourceOf(template, stack.tables.readModels);
  const standby = resourceOf(template, stack.tables.standbyReadModels);

  it('keys Events by stream id and numeric version', () => {
    expect(events.Properties.KeySchema).toEqual([
      { AttributeName: 'streamId', KeyType: 'HASH' },
      { AttributeName: 'version', KeyType: 'RANGE' },
    ]);
    expect(events.Properties.AttributeDefinitions).toEqual([
      { AttributeName: 'streamId', AttributeType: 'S' },
      { AttributeName: 'version', AttributeType: 'N' },
      { AttributeName: 'processId', AttributeType: 'S' },
      { AttributeName: 'position', AttributeType: 'S' },
    ]);
  });

  it('indexes Events by process in recorded order, with what reading an event needs and not the folded state', () => {
    expect(events.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'byProcess',
        KeySchema: [
          { AttributeName: 'processId', KeyType: 'HASH' },
          { AttributeName: 'position', KeyType: 'RANGE' },
        ],
        Projection: {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: ['type', 'schemaVersion', 'data', 'metadata', 'previousHash', 'hash'],
        },
      },
    ]);
  });

  it.each([
    ['live', readModels],
    ['standby', standby],
  ])('keys the %s ReadModels by pk and sk, and indexes list orders within pk, all strings', (_, table) => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table.Properties.AttributeDefinitions).toEqual([
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'listOrder', AttributeType: 'S' },
    ]);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'byListOrder',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'listOrder', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
  });

  it('streams new images of Events, and only of Events', () => {
    expect(events.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(readModels.Properties.StreamSpecification).toBeUndefined();
    expect(standby.Properties.StreamSpecification).toBeUndefined();
  });

  it('bills every table per request', () => {
    for (const table of [events, readModels, standby])
      expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('keeps point-in-time recovery on every table', () => {
    for (const table of [events, readModels, standby]) {
      expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    }
  });

  it('encrypts each table with its own rotating customer-managed key', () => {
    const { tables } = stack;
    const keys = [tables.events, tables.readModels, tables.standbyReadModels].map((t) => t.encryptionKey);
    expect(new Set(keys).size).toBe(3);
    for (const [table, key] of [
      [events, keys[0]],
      [readModels, keys[1]],
      [standby, keys[2]],
    ] as const) {
      if (!key) throw new Error('table without a customer-managed key');
      expect(table.Properties.SSESpecification).toEqual({
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [logicalIdOf(key), 'Arn'] },
      });
      expect(resourceOf(template, key).Properties.EnableKeyRotation).toBe(true);
    }
  });

  it('has exactly these four tables: Events, the live and standby read models, and Anchors', () => {
    const { events, readModels, standbyReadModels } = stack.tables;
    const tables = [events, readModels, standbyReadModels, stack.anchoring.table];
    expect(Object.keys(resourcesOfType(template, 'AWS::DynamoDB::Table')).sort()).toEqual(
      tables.map((table) => logicalIdOf(table)).sort(),
    );
  });
});

describe('protection of the tables by stage', () => {
  const tablesAndKeys = (stage: 'dev' | 'prod') => {
    const { stack, template } = synth(stage);
    const { events, readModels, standbyReadModels } = stack.tables;
    const tables = [events, readModels, standbyReadModels];
    return {
      tables: tables.map((table) => resourceOf(template, table)),
      keys: tables.map(({ encryptionKey: key }) => {
        if (!key) throw new Error('table without a customer-managed key');
        return resourceOf(template, key);
      }),
    };
  };

  const prod = tablesAndKeys('prod');
  const dev = tablesAndKeys('dev');

  it('in prod, retains the tables and protects them from deletion', () => {
    for (const table of prod.tables) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    }
  });

  it('in prod, retains the keys too, since a retained table is unreadable without its key', () => {
    for (const key of prod.keys) expect(key.DeletionPolicy).toBe('Retain');
  });

  it('in dev, deletes the tables and their keys with the stack', () => {
    for (const table of dev.tables) {
      expect(table.DeletionPolicy).toBe('Delete');
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    }
    for (const key of dev.keys) expect(key.DeletionPolicy).toBe('Delete');
  });
});
