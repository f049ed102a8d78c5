import type { StoredEvent } from '../../events/envelope';
import { type Aggregate, parseStreamId } from '../../events/stream-id';

export interface RowKey {
  readonly pk: string;
  readonly sk: string;
}

/**
 * A read model as a pure reducer: which streams it follows, which row an event changes, and the row
 * after the event. The projector does the loading and saving.
 */
export interface Projection<Row> {
  readonly name: string;
  /** Aggregates whose streams this view follows. */
  readonly aggregates: readonly Aggregate[];
  /** The row an event changes, or undefined when the event does not concern this view. */
  rowOf(event: StoredEvent): RowKey | undefined;
  apply(row: Row | undefined, event: StoredEvent): Row;
}

/** One string per row key, for maps and sets. */
export const keyString = (key: RowKey): string => `${key.pk}\u0000${key.sk}`;

/** The views that follow a stream; none for an id that names no aggregate, which no view can follow. */
export function viewsFollowing<P extends Projection<object>>(
  projections: readonly P[],
  streamId: string,
): P[] {
  let aggregate: Aggregate;
  try {
    ({ aggregate } = parseStreamId(streamId));
  } catch {
    return [];
  }
  return projections.filter((projection) => projection.aggregates.includes(aggregate));
}
