import { z } from 'zod';
import { rowsOf as foldedRowsOf, foldProjections } from '../../domain/views/fold';
import type { Projection } from '../../domain/views/projection';
import { dateSchema } from '../../events/schemas';
import { eventStore } from './clients';
import { rowsOf } from './read-model-rows';

/**
 * `?asOf=` and `?today=` on a view. `asOf` computes the view from what was recorded by the end of that
 * day; `today` is the day it judges against (the forecast's start, the next 30 days), by default
 * `asOf`, else the current day (UTC).
 */
export const viewQuery = z.strictObject({
  asOf: dateSchema
    .optional()
    .describe(
      'The view as it stood at the end of this day (UTC), computed from the log; without it, the current view',
    ),
  today: dateSchema
    .optional()
    .describe('The day the view judges against (forecast, endings); defaults to asOf, else today (UTC)'),
});

export type ViewQuery = z.infer<typeof viewQuery>;

/** Where a view reads its rows: the read models, or the log folded in memory up to a day. */
export interface ViewRows {
  /** The rows of one partition, in sort-key order. */
  rows<Row>(pk: string): Promise<Row[]>;
  /** The day the view judges against. */
  readonly today: string;
  readonly asOf: string | null;
}

const readModels = (today: string): ViewRows => ({
  today,
  asOf: null,
  rows: (pk) => rowsOf(pk),
});

/**
 * A view as of a day is computed from the log, by definition: every event of the process recorded
 * by the end of that day, folded through the same projections the projector keeps.
 */
async function fromLog(
  processId: string,
  asOf: string,
  today: string,
  projections: readonly Projection<object>[],
): Promise<ViewRows> {
  const folded = foldProjections(projections, await eventStore().readProcess(processId, asOf));
  return { today, asOf, rows: async <Row>(pk: string) => foldedRowsOf<Row>(folded, pk) };
}

/** The handler reads the clock, never the domain. */
export function viewRows(
  processId: string,
  { asOf, today }: ViewQuery,
  projections: readonly Projection<object>[],
): Promise<ViewRows> {
  const day = today ?? asOf ?? new Date().toISOString().slice(0, 10);
  return asOf === undefined ? Promise.resolve(readModels(day)) : fromLog(processId, asOf, day, projections);
}
