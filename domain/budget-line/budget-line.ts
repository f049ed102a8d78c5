import type { BudgetLineEvent, EventOf } from '../../events/catalog';
import type { CostCategory, Unit } from '../../events/schemas';
import { refuse } from '../errors';
import { add, type Money, subtract, zero } from '../money';

/**
 * A budget line: money allocated to a unit's activity in one cost category (in the budget currency),
 * what commitments reserve on it and what approved disbursements have charged to it.
 */
export type BudgetLine =
  | { readonly status: 'none' }
  | {
      readonly status: 'adopted';
      readonly lineId: string;
      readonly unit: Unit;
      readonly activity: string;
      readonly costCategory: CostCategory;
      readonly allocated: Money;
      readonly committed: Money;
      /** Approved disbursements, paid or not, net of reversals. */
      readonly charged: Money;
      /** The value date it was adopted on, which no revision precedes. */
      readonly adoptedOn: string;
      readonly adoptedAt: string;
      /** The draft it was adopted from, and who prepared it; null, and the approver, when adopted directly. */
      readonly draftId: string | null;
      readonly preparedBy: string;
      readonly approvedBy: string;
      /** Every change of its allocation after adoption, a transfer's side included, in the order recorded. */
      readonly revisions: readonly Revision[];
    };

/** A revision as recorded: the allocation before and after, why, by which approver, on which day. */
type Revision = Omit<EventOf<'BudgetLineRevised'>['data'], 'lineId'>;

export type AdoptedLine = Extract<BudgetLine, { status: 'adopted' }>;

export const initialState: BudgetLine = { status: 'none' };

/** docs/rules.md: available = allocated − committed − charged; approved money counts, paid or not. */
export const available = (line: AdoptedLine): Money =>
  subtract(subtract(line.allocated, line.committed), line.charged);

/**
 * The line a person's monthly cost is charged to: adopted, and in the unit the person works in, so the
 * unit's lines carry its people. The Head, in no unit, may be charged to any line.
 */
export function staffLine(line: BudgetLine, unit: string | undefined): AdoptedLine {
  if (line.status === 'none') return refuse('budget-line-not-found');
  if (unit !== undefined && line.unit !== unit)
    return refuse('budget-line-in-another-unit', { lineId: line.lineId, lineUnit: line.unit, unit });
  return line;
}

/** A revision may never take a line below what is already committed plus spent. */
export const revisionFloor = (line: AdoptedLine): Money => add(line.committed, line.charged);

export function evolve(line: BudgetLine, event: BudgetLineEvent): BudgetLine {
  if (event.type === 'BudgetLineAdopted') {
    const { lineId, unit, activity, costCategory, amount, adoptedOn, adoptedAt } = event.data;
    const { draftId, preparedBy, approvedBy } = event.data;
    const none = zero(amount.currency);
    return {
      status: 'adopted',
      lineId,
      unit,
      activity,
      costCategory,
      allocated: amount,
      committed: none,
      charged: none,
      adoptedOn,
      adoptedAt,
      draftId,
      preparedBy,
      approvedBy,
      revisions: [],
    };
  }
  if (line.status !== 'adopted') return line;
  const moved = movedFigures(line, event);
  if (event.type !== 'BudgetLineRevised') return moved;
  const { lineId: _, ...revision } = event.data;
  return { ...moved, revisions: [...line.revisions, revision] };
}

/** The money a line tracks, in the budget currency. */
export interface LineFigures {
  readonly allocated: Money;
  readonly committed: Money;
  readonly charged: Money;
}

/**
 * What a line's event does to its figures: one piece of arithmetic for the line the decider checks
 * and the budget view that shows it.
 */
export function movedFigures<F extends LineFigures>(figures: F, event: BudgetLineEvent): F {
  switch (event.type) {
    case 'BudgetLineAdopted':
    case 'BudgetLineRevised':
      return { ...figures, allocated: event.data.amount };
    case 'BudgetLineCommitted':
      return { ...figures, committed: add(figures.committed, event.data.amount) };
    case 'BudgetLineCommitmentReleased':
      return { ...figures, committed: subtract(figures.committed, event.data.amount) };
    case 'BudgetLineCharged':
      return { ...figures, charged: add(figures.charged, event.data.amount) };
    case 'BudgetLineCredited':
      return { ...figures, charged: subtract(figures.charged, event.data.amount) };
    case 'BudgetLineOpeningBalance':
      // Spent before the system is charged like an approved payment, so the spending control counts it.
      return {
        ...figures,
        committed: add(figures.committed, event.data.committed),
        charged: add(figures.charged, event.data.spent),
      };
  }
}
