import { inTheBooksOn } from '../../domain/views/as-of';
import { rowsOf as foldedRowsOf, foldProjections } from '../../domain/views/fold';
import type { Projection, RowKey } from '../../domain/views/projection';
import { eventStore } from './clients';
import { rowAt, rowsOf } from './read-model-rows';
import type { ViewContext } from './view-context';

/** Where a view reads its rows: the read models, or the log folded in memory. */
export interface ViewRows extends ViewContext {
  /** The rows of one partition (those whose sort key starts with `prefix`), in sort-key order. */
  rows<Row>(pk: string, prefix?: string): Promise<Row[]>;
  row<Row>(key: RowKey): Promise<Row | undefined>;
}

/**
 * A view at a business date or as known at an instant is computed from the log, by definition: every
 * event of the process recorded by `knownAt`, then, at a business date, only those the books date on
 * or before it, folded through the same projections the projector keeps.
 */
async function fromLog(
  processId: string,
  view: ViewContext & { knownAt: string },
  projections: readonly Projection<object>[],
): Promise<ViewRows> {
  const log = await eventStore().readProcess(processId, view.knownAt);
  const dated = view.asOf === null ? undefined : inTheBooksOn(log, view.asOf);
  const folded = foldProjections(projections, log, dated && ((event) => !dated(event)));
  return {
    ...view,
    rows: async <Row>(pk: string, prefix?: string) => foldedRowsOf<Row>(folded, pk, prefix),
    row: async <Row>({ pk, sk }: RowKey) => folded.get(pk)?.get(sk) as Row | undefined,
  };
}

export function viewRows(
  processId: string,
  view: ViewContext,
  projections: readonly Projection<object>[],
): Promise<ViewRows> {
  return view.knownAt === null
    ? Promise.resolve({ ...view, rows: (pk, prefix) => rowsOf(pk, prefix), row: (key) => rowAt(key) })
    : fromLog(processId, { ...view, knownAt: view.knownAt }, projections);
}
