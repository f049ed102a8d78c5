import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type FoldedRow, fold } from '../../domain/views/fold';
import { keyString, type RowKey } from '../../domain/views/projection';
import { batchGet } from './dynamo-batches';
import type { Filled, Unit } from './projection-plan';
import { rowItem, rowOfItem, watermarkItem, watermarkKey } from './read-model-items';
import { partsOf, type Slice } from './unit-parts';

/** Where read models live. */
export interface ReadModels {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** A transaction holds 100 items: rows and watermarks. */
export const TRANSACTION_ITEMS = 100;
/**
 * Attempts of a unit (or a group) whose transaction lost a race: another delivery of the same records,
 * or another shard's invocation writing a shared row (a funding source is charged from every shard).
 * Between attempts a random pause of up to 10, 20, 40 … ms spreads the racers apart ("full jitter").
 */
export const ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 10;

type Stored = { readonly row: object; readonly revision: number };

/** True when the unit is written; false when it should be applied a group at a time. */
export async function applyUnit(readModels: ReadModels, unit: Unit): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await writeUnit(readModels, unit);
      return true;
    } catch (error) {
      if (!lostRace(error)) return false;
      await backoff(attempt);
    }
  }
  return false;
}

/**
 * Reads the unit's watermarks and rows in one call (the watermarks again: a retry must see what the
 * race wrote), folds what is past each watermark, and writes rows and watermarks together, a
 * transaction per part (`partsOf`). `written` follows each group's watermark as read, then as
 * committed, so a caller whose unit fails part way knows what was written.
 */
export async function writeUnit(
  { client, tableName }: ReadModels,
  unit: Unit,
  written = new Map<Filled, number>(),
): Promise<void> {
  const found = await batchGet(client, tableName, [...unit.groups.map(markOf), ...unit.rows]);
  for (const group of unit.groups) written.set(group, watermarkIn(found, group));
  const rows = new Map<string, Stored>();
  for (const key of unit.rows) {
    const item = found.get(keyString(key));
    if (item) rows.set(keyString(key), rowOfItem(item));
  }
  const stored = (id: string): Stored | undefined => rows.get(id);
  for (const part of partsOf(unit.groups, (group) => written.get(group) ?? 0, TRANSACTION_ITEMS)) {
    const changed = foldPart(part, stored);
    await client.send(new TransactWriteCommand({ TransactItems: writes(tableName, part, changed, stored) }));
    for (const [id, { row, revision }] of changed) rows.set(id, { row, revision });
    for (const { group, upTo } of part) written.set(group, upTo);
  }
}

/** The part's slices folded in turn, each from the rows as the ones before it left them. */
function foldPart(
  part: readonly Slice[],
  stored: (id: string) => Stored | undefined,
): Map<string, FoldedRow> {
  const changed = new Map<string, FoldedRow>();
  for (const { group, from, events } of part) {
    const { rows } = fold([group.projection], events, {
      watermark: () => from,
      row: (key: RowKey) => {
        const id = keyString(key);
        return changed.get(id) ?? stored(id);
      },
      rowOf: (_, event) => {
        const id = group.keys.get(event);
        return id === undefined ? undefined : group.rows.get(id);
      },
    });
    for (const [id, row] of rows) changed.set(id, row);
  }
  return changed;
}

function writes(
  tableName: string,
  part: readonly Slice[],
  changed: ReadonlyMap<string, FoldedRow>,
  stored: (id: string) => Stored | undefined,
) {
  return [
    ...[...changed].map(([id, { key, row, revision }]) => ({
      Put: {
        TableName: tableName,
        Item: rowItem(key, row, revision),
        // Rows can gather events from several streams: guard against a concurrent writer.
        ConditionExpression: 'attribute_not_exists(pk) OR revision = :revision',
        ExpressionAttributeValues: { ':revision': stored(id)?.revision ?? 0 },
      },
    })),
    ...part.map(({ group, from, upTo }) => ({
      Put: {
        TableName: tableName,
        Item: watermarkItem(group.projection.name, group.streamId, upTo),
        // Two deliveries racing on one stream: only the one that finds the watermark it read writes.
        ConditionExpression: 'attribute_not_exists(pk) OR version = :watermark',
        ExpressionAttributeValues: { ':watermark': from },
      },
    })),
  ];
}

export const markOf = (group: Pick<Filled, 'projection' | 'streamId'>): RowKey =>
  watermarkKey(group.projection.name, group.streamId);

/** The version a group's watermark holds among the items read; 0 before its first. */
export const watermarkIn = (
  found: ReadonlyMap<string, Record<string, unknown>>,
  group: Pick<Filled, 'projection' | 'streamId'>,
): number => (found.get(keyString(markOf(group)))?.version as number | undefined) ?? 0;

export const backoff = (attempt: number) => sleep(Math.random() * FIRST_BACKOFF_MS * 2 ** (attempt - 1));

export const lostRace = (error: unknown): boolean =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some(
    (reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
  );
