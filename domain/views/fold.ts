import type { StoredEvent } from '../../events/envelope';
import type { Projection } from './projection';

/** Read models in memory: partition key → sort key → row, as the ReadModels table holds them. */
export type FoldedRows = ReadonlyMap<string, ReadonlyMap<string, object>>;

/**
 * The same projections the projector keeps, folded in memory over events given in recorded order:
 * how a view is computed "as of a date" from the log, with exactly the rules of the live view.
 */
export function foldProjections(
  projections: readonly Projection<object>[],
  events: Iterable<StoredEvent>,
): FoldedRows {
  const rows = new Map<string, Map<string, object>>();
  for (const event of events) {
    const aggregate = event.streamId.split('#')[1] ?? '';
    for (const projection of projections) {
      if (!projection.aggregates.includes(aggregate)) continue;
      const key = projection.rowOf(event);
      if (!key) continue;
      const partition = rows.get(key.pk) ?? new Map<string, object>();
      partition.set(key.sk, projection.apply(partition.get(key.sk), event));
      rows.set(key.pk, partition);
    }
  }
  return rows;
}

/** The rows of one partition, in sort-key order, as a Query by partition key returns them. */
export const rowsOf = <Row>(folded: FoldedRows, pk: string): Row[] =>
  [...(folded.get(pk) ?? new Map<string, object>()).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row as Row);
