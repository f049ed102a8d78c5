import type { StoredEvent } from '../../events/envelope';

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
  /** Aggregates whose streams this view follows (the middle part of a stream id). */
  readonly aggregates: readonly string[];
  /** The row an event changes, or undefined when the event does not concern this view. */
  rowOf(event: StoredEvent): RowKey | undefined;
  apply(row: Row | undefined, event: StoredEvent): Row;
}
