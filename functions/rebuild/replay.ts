import type { Projection, RowKey } from '../../domain/views/projection';
import type { StoredEvent } from '../../events/envelope';
import { aggregateOf, keyString, rowItem, type StoredRow, watermarkItem } from '../commons/read-model-items';

interface Folded {
  readonly key: RowKey;
  row: object | undefined;
  revision: number;
}

/**
 * Every projection folded in memory over the whole log, with the same pure reducers the projector
 * applies, into the items the projector would have written: each row with its revision (the events
 * applied to it) and a watermark per view and source stream at the stream's last version, so the
 * projector carries on from them. A stream's events are applied in version order from 1; one that
 * arrives early waits for the versions before it, and a version that never arrives fails the replay.
 */
export class Replay {
  private readonly next = new Map<string, number>();
  private readonly early = new Map<string, Map<number, StoredEvent>>();
  private readonly rows = new Map<string, Folded>();
  private readonly watermarks = new Map<string, ReturnType<typeof watermarkItem>>();
  events = 0;

  constructor(private readonly projections: readonly Projection<object>[]) {}

  add(event: StoredEvent): void {
    const { streamId } = event;
    const expected = this.next.get(streamId) ?? 1;
    if (event.version !== expected) {
      const waiting = this.early.get(streamId) ?? new Map<number, StoredEvent>();
      if (event.version < expected || waiting.has(event.version))
        throw new Error(`${streamId} version ${event.version} read twice`);
      this.early.set(streamId, waiting.set(event.version, event));
      return;
    }
    this.apply(event);
    const waiting = this.early.get(streamId);
    for (let next = waiting?.get(event.version + 1); next; next = waiting?.get(next.version + 1)) {
      waiting?.delete(next.version);
      this.apply(next);
    }
  }

  /** The rows and watermarks to write; refused while any stream lacks a version. */
  items(): { rows: StoredRow[]; watermarks: ReturnType<typeof watermarkItem>[] } {
    for (const [streamId, waiting] of this.early)
      if (waiting.size > 0)
        throw new Error(`${streamId} has no version ${this.next.get(streamId) ?? 1} in the Events table`);
    return {
      rows: [...this.rows.values()].map(({ key, row, revision }) => rowItem(key, row ?? {}, revision)),
      watermarks: [...this.watermarks.values()],
    };
  }

  get streams(): number {
    return this.next.size;
  }

  private apply(event: StoredEvent): void {
    const aggregate = aggregateOf(event.streamId);
    for (const projection of this.projections) {
      if (!projection.aggregates.includes(aggregate)) continue;
      const key = projection.rowOf(event);
      if (key) {
        const id = keyString(key);
        const folded = this.rows.get(id) ?? { key, row: undefined, revision: 0 };
        folded.row = projection.apply(folded.row, event);
        folded.revision += 1;
        this.rows.set(id, folded);
      }
      const watermark = watermarkItem(projection.name, event.streamId, event.version);
      this.watermarks.set(keyString(watermark), watermark);
    }
    this.next.set(event.streamId, event.version + 1);
    this.events += 1;
  }
}
