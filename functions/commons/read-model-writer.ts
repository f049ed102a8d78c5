import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Projection } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import type { EventStore } from '../../events/event-store';
import { batchGet, inParallel } from './dynamo-batches';
import { type Filled, filled, type Group, groupsOf, plan } from './projection-plan';
import {
  ATTEMPTS,
  applyUnit,
  backoff,
  lostRace,
  markOf,
  type ReadModels,
  TRANSACTION_ITEMS,
  watermarkIn,
  writeUnit,
} from './projection-unit';

/** What could not be applied: the group's delivered events past what was written, to be delivered again. */
export interface GroupFailure {
  readonly projection: string;
  readonly streamId: string;
  readonly events: readonly StoredEvent[];
  readonly error: unknown;
}

/** Units applied at once; enough to overlap round trips, few enough for one Lambda's sockets. */
const UNITS_AT_ONCE = 8;

/**
 * Applies events to read models at least once, safely. Per view and source stream a watermark holds
 * the last version applied, written in the same transaction as the rows: a version at or below it is
 * a duplicate and ignored; a version past the next one means records were missed, and the missing
 * versions are read from the Events table and applied first. A gap is never skipped.
 *
 * A batch is split per (view, source stream) into groups, their gaps filled; the planner draws
 * groups changing a common row into lanes, and lanes, which share no row, into units of what one
 * transaction holds. A unit is one read of its watermarks and rows, its events folded in memory, and
 * one transaction (a lane larger than that, a few): a batch of a hundred records costs a handful of
 * calls, however many streams and views it touches.
 */
export class ReadModelWriter {
  private readonly readModels: ReadModels;

  constructor(
    client: DynamoDBDocumentClient,
    tableName: string,
    private readonly events: Pick<EventStore, 'read'>,
    private readonly projections: readonly Projection<object>[],
  ) {
    this.readModels = { client, tableName };
  }

  /**
   * Applies every event of a batch, in any order and with duplicates, the units concurrently. A unit
   * that fails for another reason than a lost race is applied again a group at a time, so that one
   * stream a view cannot apply fails alone. Answers the groups that failed; all others are written.
   */
  async projectBatch(events: readonly StoredEvent[]): Promise<GroupFailure[]> {
    const { ready, failures } = await this.fill(groupsOf(events, this.projections));
    const unapplied: Filled[] = [];
    await inParallel(UNITS_AT_ONCE, plan(ready, TRANSACTION_ITEMS), async (unit) => {
      if (!(await applyUnit(this.readModels, unit))) unapplied.push(...unit.groups);
    });
    for (const group of unapplied) {
      const failure = await this.applyAlone(group);
      if (failure) failures.push(failure);
    }
    return failures;
  }

  /** Reads the groups' watermarks in one go; drops what was applied; reads the versions missing. */
  private async fill(groups: readonly Group[]): Promise<{ ready: Filled[]; failures: GroupFailure[] }> {
    const { client, tableName } = this.readModels;
    const marks = await batchGet(client, tableName, groups.map(markOf));
    const ready: Filled[] = [];
    const failures: GroupFailure[] = [];
    await inParallel(UNITS_AT_ONCE, groups, async (group) => {
      const applied = watermarkIn(marks, group);
      const fresh = inVersionOrder(group.delivered).filter((e) => e.version > applied);
      if (fresh.length === 0) return;
      try {
        ready.push(filled(group, applied, await this.withGapsFilled(group.streamId, applied, fresh)));
      } catch (error) {
        failures.push(failureOf(group, applied, error));
      }
    });
    return { ready, failures };
  }

  /** A group on its own, from its watermark as it now stands; what it could not write is its failure. */
  private async applyAlone(group: Group): Promise<GroupFailure | undefined> {
    for (let attempt = 1; ; attempt++) {
      let current: Filled | undefined;
      const written = new Map<Filled, number>();
      try {
        const { ready, failures } = await this.fill([group]);
        if (failures[0]) return failures[0];
        current = ready[0];
        if (current)
          await writeUnit(this.readModels, { groups: [current], rows: [...current.rows.values()] }, written);
        return undefined;
      } catch (error) {
        if (attempt < ATTEMPTS && lostRace(error)) {
          await backoff(attempt);
          continue;
        }
        return failureOf(group, (current && written.get(current)) ?? current?.applied ?? 0, error);
      }
    }
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

/** A stream's delivered events once each, in version order. */
const inVersionOrder = (events: readonly StoredEvent[]): StoredEvent[] =>
  [...new Map(events.map((e) => [e.version, e])).values()].sort((a, b) => a.version - b.version);

const failureOf = (group: Group, applied: number, error: unknown): GroupFailure => ({
  projection: group.projection.name,
  streamId: group.streamId,
  events: group.delivered.filter((event) => event.version > applied),
  error,
});

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const fail = (message: string): never => {
  throw new Error(message);
};
