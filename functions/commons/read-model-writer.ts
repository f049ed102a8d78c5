import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Projection, RowKey } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import type { EventStore } from '../../events/event-store';
import { batchGet, inParallel } from './dynamo-batches';
import { type Group, groupsOf, lanesOf, unitsOf } from './projection-groups';
import { keyString, rowItem, rowOfItem, watermarkItem, watermarkKey } from './read-model-items';

/** What could not be applied: the group's delivered events past what was written, to be delivered again. */
export interface GroupFailure {
  readonly projection: string;
  readonly streamId: string;
  readonly events: readonly StoredEvent[];
  readonly error: unknown;
}

/** A group ready to apply: its fresh versions, contiguous after its watermark, gaps read from Events. */
interface Filled extends Group {
  readonly events: readonly StoredEvent[];
  /** The watermark as stored: the condition of its next write. */
  applied: number;
}

interface RowState {
  readonly key: RowKey;
  row: object | undefined;
  /** As stored: the condition of the next write. */
  revision: number;
  /** Events applied in memory since. */
  pending: number;
}

/** A transaction holds 100 items: rows and watermarks. */
const TRANSACTION_ITEMS = 100;
/**
 * Attempts of a unit (or a group) whose transaction lost a race: another delivery of the same records,
 * or another shard's invocation writing a shared row (a funding source is charged from every shard).
 * Between attempts a random pause of up to 10, 20, 40 … ms spreads the racers apart ("full jitter").
 */
const ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 10;
/** Units applied at once; enough to overlap round trips, few enough for one Lambda's sockets. */
const UNITS_AT_ONCE = 8;

/**
 * Applies events to read models at least once, safely. Per view and source stream a watermark holds
 * the last version applied, written in the same transaction as the rows: a version at or below it is
 * a duplicate and ignored; a version past the next one means records were missed, and the missing
 * versions are read from the Events table and applied first. A gap is never skipped.
 *
 * A batch is split per (view, source stream) into groups; groups changing a common row into lanes;
 * lanes, which share no row, into units of what one transaction holds. A unit is one read of its
 * watermarks and rows, its events applied in memory (each stream's in version order), and one
 * transaction (a lane larger than that, a few): a batch of a hundred records costs a handful of
 * calls, however many streams and views it touches.
 */
export class ReadModelWriter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly events: Pick<EventStore, 'read'>,
    private readonly projections: readonly Projection<object>[],
  ) {}

  /**
   * Applies every event of a batch, in any order and with duplicates, the units concurrently. A unit
   * that fails for another reason than a lost race is applied again a group at a time, so that one
   * stream a view cannot apply fails alone. Answers the groups that failed; all others are written.
   */
  async projectBatch(events: readonly StoredEvent[]): Promise<GroupFailure[]> {
    const { filled, failures } = await this.fill(groupsOf(events, this.projections));
    const unapplied: Filled[] = [];
    const eventsOf = (group: Filled) => group.events;
    const units = unitsOf(lanesOf(filled, eventsOf), TRANSACTION_ITEMS, eventsOf);
    await inParallel(UNITS_AT_ONCE, units, async (unit) => {
      if (!(await this.applyUnit(unit))) unapplied.push(...unit);
    });
    for (const group of unapplied) {
      const failure = await this.applyAlone(group);
      if (failure) failures.push(failure);
    }
    return failures;
  }

  /** Reads the groups' watermarks in one go; drops what was applied; reads the versions missing. */
  private async fill(groups: readonly Group[]): Promise<{ filled: Filled[]; failures: GroupFailure[] }> {
    const marks = await batchGet(this.client, this.tableName, groups.map(markOf));
    const filled: Filled[] = [];
    const failures: GroupFailure[] = [];
    await inParallel(UNITS_AT_ONCE, groups, async (group) => {
      const applied = (marks.get(keyString(markOf(group)))?.version as number | undefined) ?? 0;
      const fresh = inVersionOrder(group.delivered).filter((e) => e.version > applied);
      if (fresh.length === 0) return;
      try {
        filled.push({ ...group, events: await this.withGapsFilled(group.streamId, applied, fresh), applied });
      } catch (error) {
        failures.push(failureOf(group, applied, error));
      }
    });
    return { filled, failures };
  }

  /** True when the unit is written; false when it should be applied a group at a time. */
  private async applyUnit(unit: readonly Filled[]): Promise<boolean> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        await this.applyOnce(unit);
        return true;
      } catch (error) {
        if (!lostRace(error)) return false;
        await backoff(attempt);
      }
    }
    return false;
  }

  /** A group on its own, from its watermark as it now stands; what it could not write is its failure. */
  private async applyAlone(group: Group): Promise<GroupFailure | undefined> {
    for (let attempt = 1; ; attempt++) {
      let current: Filled | undefined;
      try {
        const { filled, failures } = await this.fill([group]);
        if (failures[0]) return failures[0];
        current = filled[0];
        if (current) await this.applyOnce([current]);
        return undefined;
      } catch (error) {
        if (attempt < ATTEMPTS && lostRace(error)) {
          await backoff(attempt);
          continue;
        }
        return failureOf(group, current?.applied ?? 0, error);
      }
    }
  }

  /**
   * Reads the unit's watermarks and rows in one call (the watermarks again: a retry must see what the
   * race wrote), applies what is past each watermark, and writes rows and watermarks together,
   * committing before a transaction would overflow. A stream that alone changes
   * more rows than a transaction holds is committed part way, its watermark at the last version
   * written, so nothing applied is written without it.
   */
  private async applyOnce(unit: readonly Filled[]): Promise<void> {
    const rowKeys = unit.flatMap(({ projection, events }) =>
      events.map((e) => projection.rowOf(e)).filter((k): k is RowKey => k !== undefined),
    );
    const found = await batchGet(this.client, this.tableName, [...unit.map(markOf), ...rowKeys]);
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

    let touched = new Set<RowState>();
    const marks = new Map<Filled, number>();
    const size = () => touched.size + marks.size;
    const commit = async () => {
      if (size() === 0) return;
      await this.client.send(new TransactWriteCommand({ TransactItems: this.writes(touched, marks) }));
      for (const state of touched) {
        state.revision += state.pending;
        state.pending = 0;
      }
      for (const [group, upTo] of marks) group.applied = upTo;
      touched = new Set();
      marks.clear();
    };

    for (const group of unit) {
      const { projection } = group;
      group.applied = (found.get(keyString(markOf(group)))?.version as number | undefined) ?? 0;
      const events = group.events.filter((e) => e.version > group.applied);
      if (events.length === 0) continue;
      const keys = new Set(
        events
          .map((e) => projection.rowOf(e))
          .filter((k) => k !== undefined)
          .map(keyString),
      );
      const added = [...keys].filter((id) => !touched.has(rows.get(id) as RowState)).length;
      if (size() + added + 1 > TRANSACTION_ITEMS) await commit();
      let last = group.applied;
      for (const event of events) {
        const key = projection.rowOf(event);
        const state = key && stateOf(key);
        if (state && !touched.has(state) && size() + (marks.has(group) ? 0 : 1) === TRANSACTION_ITEMS) {
          marks.set(group, last);
          await commit();
        }
        if (state) {
          state.row = projection.apply(state.row, event);
          state.pending += 1;
          touched.add(state);
        }
        last = event.version;
      }
      marks.set(group, last);
    }
    await commit();
  }

  private writes(touched: ReadonlySet<RowState>, marks: ReadonlyMap<Filled, number>) {
    const { tableName } = this;
    return [
      ...[...touched].map((state) => ({
        Put: {
          TableName: tableName,
          Item: rowItem(state.key, state.row ?? {}, state.revision + state.pending),
          // Rows can gather events from several streams: guard against a concurrent writer.
          ConditionExpression: 'attribute_not_exists(pk) OR revision = :revision',
          ExpressionAttributeValues: { ':revision': state.revision },
        },
      })),
      ...[...marks].map(([group, upTo]) => ({
        Put: {
          TableName: tableName,
          Item: watermarkItem(group.projection.name, group.streamId, upTo),
          // Two deliveries racing on one stream: only the one that finds the watermark it read writes.
          ConditionExpression: 'attribute_not_exists(pk) OR version = :watermark',
          ExpressionAttributeValues: { ':watermark': group.applied },
        },
      })),
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

const markOf = (group: Group): RowKey => watermarkKey(group.projection.name, group.streamId);

/** A stream's delivered events once each, in version order. */
const inVersionOrder = (events: readonly StoredEvent[]): StoredEvent[] =>
  [...new Map(events.map((e) => [e.version, e])).values()].sort((a, b) => a.version - b.version);

const failureOf = (group: Group, applied: number, error: unknown): GroupFailure => ({
  projection: group.projection.name,
  streamId: group.streamId,
  events: group.delivered.filter((event) => event.version > applied),
  error,
});

const backoff = (attempt: number) => sleep(Math.random() * FIRST_BACKOFF_MS * 2 ** (attempt - 1));

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
