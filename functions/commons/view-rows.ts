import { rowsOf as foldedRowsOf, foldProjections } from '../../domain/views/fold';
import type { Projection } from '../../domain/views/projection';
import { eventStore } from './clients';
import { rowsOf } from './read-model-rows';
import type { ViewContext } from './view-context';

/** Where a view reads its rows: the read models, or the log folded in memory up to a day. */
export interface ViewRows extends ViewContext {
  /** The rows of one partition, in sort-key order. */
  rows<Row>(pk: string): Promise<Row[]>;
}

/**
 * A view as of a day is computed from the log, by definition: every event of the process recorded
 * by the end of that day, folded through the same projections the projector keeps.
 */
async function fromLog(
  processId: string,
  view: ViewContext & { asOf: string },
  projections: readonly Projection<object>[],
): Promise<ViewRows> {
  const folded = foldProjections(projections, await eventStore().readProcess(processId, view.asOf));
  return { ...view, rows: async <Row>(pk: string) => foldedRowsOf<Row>(folded, pk) };
}

export function viewRows(
  processId: string,
  view: ViewContext,
  projections: readonly Projection<object>[],
): Promise<ViewRows> {
  return view.asOf === null
    ? Promise.resolve({ ...view, rows: (pk) => rowsOf(pk) })
    : fromLog(processId, { ...view, asOf: view.asOf }, projections);
}
