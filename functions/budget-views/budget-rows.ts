import { refuse } from '../../domain/errors';
import { type BudgetLineRow, budgetPartition, budgetProjection } from '../../domain/views/budget';
import {
  type BudgetDraftRow,
  budgetDraftsPartition,
  budgetDraftsProjection,
  draftsNotAdopted,
} from '../../domain/views/budget-drafts';
import {
  type FundingSourceRow,
  fundingSourcesPartition,
  fundingSourcesProjection,
} from '../../domain/views/funding-sources';
import { type MandateRow, mandateProjection, mandateRowKey } from '../../domain/views/mandate';
import { type RateRow, ratesPartition, ratesProjection } from '../../domain/views/rates';
import { type StaffRow, staffingPartition, staffingProjection } from '../../domain/views/staffing';
import { type UnitsRow, unitsIn, unitsProjection, unitsRowKey } from '../../domain/views/units';
import type { UnitDefinition } from '../../events/catalog/process';
import type { ViewContext } from '../commons/view-context';
import { type ViewRows, viewRows } from '../commons/view-rows';

/** The projections the budget views read, folded from the log for a view at a business date or as known. */
export const budgetProjections = [
  budgetProjection,
  budgetDraftsProjection,
  fundingSourcesProjection,
  staffingProjection,
  mandateProjection,
  unitsProjection,
  ratesProjection,
];

export interface BudgetRows {
  readonly processId: string;
  readonly asOf: string | null;
  readonly knownAt: string | null;
  readonly today: string;
  readonly mandate: MandateRow;
  readonly units: readonly UnitDefinition[];
  readonly lines: readonly BudgetLineRow[];
  readonly sources: readonly FundingSourceRow[];
  /** Prepared, not adopted yet: never part of `lines`. */
  readonly drafts: () => Promise<readonly BudgetDraftRow[]>;
  readonly staff: () => Promise<readonly StaffRow[]>;
  /** Each currency pair's latest rate: the forecast converts personnel costs stated in another currency. */
  readonly rates: readonly RateRow[];
}

/** A process's budget rows: a handful of queries whatever the number of events, or the log folded. */
export async function budgetRows(processId: string, view: ViewContext): Promise<BudgetRows> {
  return budgetRowsFrom(processId, await viewRows(processId, view, budgetProjections));
}

/** The budget rows from a source that folded (at least) `budgetProjections`, for a view that reads more. */
export async function budgetRowsFrom(processId: string, source: ViewRows): Promise<BudgetRows> {
  const [mandates, lines, sources, units, rates] = await Promise.all([
    source.rows<MandateRow>(mandateRowKey(processId).pk),
    source.rows<BudgetLineRow>(budgetPartition(processId)),
    source.rows<FundingSourceRow>(fundingSourcesPartition(processId)),
    source.rows<UnitsRow>(unitsRowKey(processId).pk),
    source.rows<RateRow>(ratesPartition(processId)),
  ]);
  const mandate = mandates[0] ?? refuse('process-not-found');
  return {
    processId,
    asOf: source.asOf,
    knownAt: source.knownAt,
    today: source.today,
    mandate,
    units: unitsIn(units),
    lines,
    sources,
    drafts: async () => draftsNotAdopted(await source.rows<BudgetDraftRow>(budgetDraftsPartition(processId))),
    staff: () => source.rows<StaffRow>(staffingPartition(processId)),
    rates,
  };
}

/** What every budget view answers first: whose budget, at which business date, as known when, in which currency. */
export const heading = ({ processId, asOf, knownAt, mandate }: BudgetRows) => ({
  processId,
  asOf,
  knownAt,
  currency: mandate.budgetCurrency,
});
