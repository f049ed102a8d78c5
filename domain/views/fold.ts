import type { StoredEvent } from '../../events/envelope';
import { keyString, type Projection, type RowKey, viewsFollowing } from './projection';

/** A row a fold changed, with its revision: the events applied to it in all, those before the start included. */
export interface FoldedRow {
  readonly key: RowKey;
  readonly row: object;
  readonly revision: number;
}

/** The last version of a stream a view has applied. */
export interface Watermark {
  readonly projection: string;
  readonly streamId: string;
  readonly version: number;
}

/**
 * Where a fold carries on from; by default nothing: every stream from version 1, every row new.
 * The projector starts from the watermarks and rows it read, and passes the row keys it computed
 * when planning, so that no view is asked twice which row an event changes.
 */
export interface FoldStart {
  watermark?(projection: string, streamId: string): number;
  row?(key: RowKey): { readonly row: object; readonly revision: number } | undefined;
  rowOf?(projection: Projection<object>, event: StoredEvent): RowKey | undefined;
  /**
   * An event the fold passes over: its stream moves on past its version, but no view applies it. A
   * view as of a business date passes over what the books date later, whatever its version.
   */
  passOver?(event: StoredEvent): boolean;
}

export interface Folded {
  /** The rows changed, by `keyString`. */
  readonly rows: ReadonlyMap<string, FoldedRow>;
  /** Per view and stream it follows, the last version applied, where the fold went past the start. */
  readonly watermarks: readonly Watermark[];
  /** The events applied (each once, whatever the views), and the streams seen. */
  readonly events: number;
  readonly streams: number;
  /** Streams whose next version never came, with that version: their later events wait, unapplied. */
  readonly gaps: ReadonlyMap<string, number>;
}

/** What became of an event: applied, kept until the versions before it come, or a repeat, skipped. */
export type Arrival = 'applied' | 'waiting' | 'repeat';

interface Stream {
  readonly views: readonly Projection<object>[];
  /** Per view: the version it had applied at the start, and the last applied since. */
  readonly from: readonly number[];
  readonly last: number[];
  next: number;
  readonly early: Map<number, StoredEvent>;
}

/**
 * Events applied to rows with the views' own reducers, each stream's in version order from where the
 * start left it: a version at or below that is a repeat and skipped, as the projector's watermarks
 * skip a redelivery; one that comes early waits for those before it. Whether a version still missing
 * at the end is a failure or a wait is the caller's to say (`gaps`). Fed an event at a time, so a
 * caller reading the log in pages holds only rows, never the log.
 */
export function folding(projections: readonly Projection<object>[], start: FoldStart = {}) {
  const rows = new Map<string, { key: RowKey; row: object | undefined; revision: number }>();
  const streams = new Map<string, Stream>();
  const rowOf = start.rowOf ?? ((projection, event) => projection.rowOf(event));
  let events = 0;

  const streamOf = (streamId: string): Stream => {
    let stream = streams.get(streamId);
    if (!stream) {
      const views = viewsFollowing(projections, streamId);
      const from = views.map((view) => start.watermark?.(view.name, streamId) ?? 0);
      const next = (from.length > 0 ? Math.min(...from) : 0) + 1;
      stream = { views, from, last: [...from], next, early: new Map() };
      streams.set(streamId, stream);
    }
    return stream;
  };

  const apply = (stream: Stream, event: StoredEvent) => {
    const views = start.passOver?.(event) ? [] : stream.views;
    for (const [i, view] of views.entries()) {
      if (event.version <= (stream.from[i] as number)) continue;
      const key = rowOf(view, event);
      if (key) {
        const id = keyString(key);
        let state = rows.get(id);
        if (!state) {
          const stored = start.row?.(key);
          state = { key, row: stored?.row, revision: stored?.revision ?? 0 };
          rows.set(id, state);
        }
        state.row = view.apply(state.row, event);
        state.revision += 1;
      }
      stream.last[i] = event.version;
    }
    stream.next = event.version + 1;
    events += 1;
  };

  return {
    /** Events applied so far, and streams seen. */
    get events(): number {
      return events;
    },
    get streams(): number {
      return streams.size;
    },

    add(event: StoredEvent): Arrival {
      const stream = streamOf(event.streamId);
      if (event.version < stream.next || stream.early.has(event.version)) return 'repeat';
      if (event.version > stream.next) {
        stream.early.set(event.version, event);
        return 'waiting';
      }
      apply(stream, event);
      for (let next = stream.early.get(stream.next); next; next = stream.early.get(stream.next)) {
        stream.early.delete(next.version);
        apply(stream, next);
      }
      return 'applied';
    },

    result(): Folded {
      const watermarks: Watermark[] = [];
      const gaps = new Map<string, number>();
      for (const [streamId, stream] of streams) {
        if (stream.early.size > 0) gaps.set(streamId, stream.next);
        for (const [i, view] of stream.views.entries())
          if ((stream.last[i] as number) > (stream.from[i] as number))
            watermarks.push({ projection: view.name, streamId, version: stream.last[i] as number });
      }
      const changed = new Map<string, FoldedRow>();
      for (const [id, { key, row, revision }] of rows) changed.set(id, { key, row: row ?? {}, revision });
      return { rows: changed, watermarks, events, streams: streams.size, gaps };
    },
  };
}

/** The fold of a sequence of events, from `start`. */
export function fold(
  projections: readonly Projection<object>[],
  events: Iterable<StoredEvent>,
  start?: FoldStart,
): Folded {
  const folder = folding(projections, start);
  for (const event of events) folder.add(event);
  return folder.result();
}

/** Read models in memory: partition key → sort key → row, as the ReadModels table holds them. */
export type FoldedRows = ReadonlyMap<string, ReadonlyMap<string, object>>;

/**
 * A view as it stood once the given events, in recorded order, were recorded: the fold from nothing,
 * by partition. A stream's version whose predecessor is absent (not yet indexed) waits, unapplied.
 */
export function foldProjections(
  projections: readonly Projection<object>[],
  events: Iterable<StoredEvent>,
  passOver?: (event: StoredEvent) => boolean,
): FoldedRows {
  const partitions = new Map<string, Map<string, object>>();
  for (const { key, row } of fold(projections, events, passOver ? { passOver } : {}).rows.values()) {
    const partition = partitions.get(key.pk) ?? new Map<string, object>();
    partitions.set(key.pk, partition.set(key.sk, row));
  }
  return partitions;
}

/** The rows of one partition, in sort-key order, as a Query by partition key (and sort key prefix) returns them. */
export const rowsOf = <Row>(folded: FoldedRows, pk: string, prefix = ''): Row[] =>
  [...(folded.get(pk) ?? new Map<string, object>()).entries()]
    .filter(([sk]) => sk.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row as Row);
