import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Projection, RowKey } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import type { EventStore } from '../../events/event-store';
import { batchGet, inParallel } from './dynamo-batches';
import { type Group, groupsOf, lanesOf } from './projection-groups';
import { keyString, rowItem, rowOfItem, watermarkItem, watermarkKey } from './read-model-items';

/** What could not be applied: the group's delivered events past what was written, to be delivered again. */
export interface GroupFailure {
  readonly projection: string;
  readonly streamId: string;
  readonly events: readonly StoredEvent[];
  readonly error: unknown;
}

interface RowState {
  readonly key: RowKey;
  row: object | undefined;
  /** As stored: the condition of the next write. */
  revision: number;
  /** Events applied in memory since. */
  pending: number;
}

/** A transaction holds 100 items: the watermark and up to 99 rows. */
const ROWS_PER_TRANSACTION = 99;
/** Attempts of a group, applied alone, whose transaction lost a race (another delivery, or another writer of a row). */
const ATTEMPTS = 3;
/** Groups applied at once; enough to overlap round trips, few enough for one Lambda's sockets. */
const LANES = 8;

/**
 * Applies events to read models at least once, safely. Per view and source stream a watermark holds
 * the last version applied, written in the same transaction as the rows: a version at or below it is
 * a duplicate and ignored; a version past the next one means records were missed, and the missing
 * versions are read from the Events table and applied first. A gap is never skipped.
 *
 * A batch is applied per (view, source stream): one read of the watermark and the rows, the stream's
 * events in version order in memory, one transaction writing each touched row and the watermark.
 */
export class ReadModelWriter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly events: Pick<EventStore, 'read'>,
    private readonly projections: readonly Projection<object>[],
  ) {}

  /**
   * Applies every event of a batch, in any order and with duplicates. Groups whose delivered events
   * change a common row share a lane and are applied one after another, the lanes concurrently. A row
   * reached only through a filled gap can still be shared across lanes: a group that loses such a race
   * is applied again once the lanes are done, one group at a time. Answers the groups that failed; all
   * others are written.
   */
  async projectBatch(events: readonly StoredEvent[]): Promise<GroupFailure[]> {
    const raced: Group[] = [];
    const failures: GroupFailure[] = [];
    await inParallel(LANES, lanesOf(groupsOf(events, this.projections)), async (lane) => {
      for (const group of lane) {
        const failure = await this.applyGroup(group, 1);
        if (failure && lostRace(failure.error)) raced.push(group);
        else if (failure) failures.push(failure);
      }
    });
    for (const group of raced) {
      const failure = await this.applyGroup(group, ATTEMPTS);
      if (failure) failures.push(failure);
    }
    return failures;
  }

  private async applyGroup(group: Group, attempts: number): Promise<GroupFailure | undefined> {
    let applied = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.applyOnce(group, (version) => {
          applied = version;
        });
        return undefined;
      } catch (error) {
        if (attempt < attempts && lostRace(error)) continue;
        const events = group.delivered.filter((event) => event.version > applied);
        return { projection: group.projection.name, streamId: group.streamId, events, error };
      }
    }
  }

  private async applyOnce(group: Group, progress: (version: number) => void): Promise<void> {
    const { projection, streamId } = group;
    const delivered = [...new Map(group.delivered.map((e) => [e.version, e])).values()].sort(
      (a, b) => a.version - b.version,
    );
    const mark = watermarkKey(projection.name, streamId);
    const keys = delivered.map((e) => projection.rowOf(e)).filter((k): k is RowKey => k !== undefined);
    const found = await batchGet(this.client, this.tableName, [mark, ...keys]);
    let watermark = (found.get(keyString(mark))?.version as number | undefined) ?? 0;
    progress(watermark);
    const fresh = delivered.filter((e) => e.version > watermark);
    if (fresh.length === 0) return;

    const events = await this.withGapsFilled(streamId, watermark, fresh);
    const requested = new Set([mark, ...keys].map(keyString));
    const unread = events
      .map((e) => projection.rowOf(e))
      .filter((k): k is RowKey => k !== undefined && !requested.has(keyString(k)));
    if (unread.length)
      for (const [k, item] of await batchGet(this.client, this.tableName, unread)) found.set(k, item);

    const rows = new Map<string, RowState>();
    const stateOf = (key: RowKey): RowState => {
      const id = keyString(key);
      let state = rows.get(id);
      if (!state) {
        const item = found.get(id);
        const stored = item ? rowOfItem(item) : { row: undefined, revision: 0 };
        state = { key, row: stored.row, revision: stored.revision, pending: 0 };
        rows.set(id, state);
      }
      return state;
    };
    const commit = async (touched: RowState[], upTo: number) => {
      await this.client.send(
        new TransactWriteCommand({ TransactItems: this.writes(group, touched, watermark, upTo) }),
      );
      for (const state of touched) {
        state.revision += state.pending;
        state.pending = 0;
      }
      watermark = upTo;
      progress(upTo);
    };

    let touched = new Set<RowState>();
    let last = watermark;
    for (const event of events) {
      const key = projection.rowOf(event);
      const state = key && stateOf(key);
      if (state && !touched.has(state) && touched.size === ROWS_PER_TRANSACTION) {
        await commit([...touched], last);
        touched = new Set();
      }
      if (state) {
        state.row = projection.apply(state.row, event);
        state.pending += 1;
        touched.add(state);
      }
      last = event.version;
    }
    await commit([...touched], last);
  }

  private writes(group: Group, touched: readonly RowState[], watermark: number, upTo: number) {
    const { tableName } = this;
    return [
      ...touched.map((state) => ({
        Put: {
          TableName: tableName,
          Item: rowItem(state.key, state.row ?? {}, state.revision + state.pending),
          // Rows can gather events from several streams: guard against a concurrent writer.
          ConditionExpression: 'attribute_not_exists(pk) OR revision = :revision',
          ExpressionAttributeValues: { ':revision': state.revision },
        },
      })),
      {
        Put: {
          TableName: tableName,
          Item: watermarkItem(group.projection.name, group.streamId, upTo),
          // Two deliveries racing on one stream: only the one that finds the watermark it read writes.
          ConditionExpression: 'attribute_not_exists(pk) OR version = :watermark',
          ExpressionAttributeValues: { ':watermark': watermark },
        },
      },
    ];
  }

  /** The versions after the watermark up to the last delivered, the missing ones read from the Events table. */
  private async withGapsFilled(
    streamId: string,
    watermark: number,
    fresh: readonly StoredEvent[],
  ): Promise<readonly StoredEvent[]> {
    const top = fresh.at(-1)?.version ?? watermark;
    if (fresh.length === top - watermark) return fresh;
    const have = new Set(fresh.map((e) => e.version));
    const missing = range(watermark + 1, top).filter((v) => !have.has(v));
    const read = await this.events.read(streamId, missing[0], missing.at(-1));
    const byVersion = new Map([...read, ...fresh].map((e) => [e.version, e]));
    return range(watermark + 1, top).map(
      (version) =>
        byVersion.get(version) ??
        // The Events table is written before its stream: a version missing there is lost, never skipped.
        fail(`${streamId} has no version ${version} in the Events table`),
    );
  }
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const fail = (message: string): never => {
  throw new Error(message);
};

const lostRace = (error: unknown): boolean =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some(
    (reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
  );
