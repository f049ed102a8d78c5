import type { StoredEvent } from '../../../events/envelope';
import { add, type Money, zero } from '../../money';
import type { Projection, RowKey } from '../projection';

/** What one funding source paid on one budget line, in the budget currency. */
export interface SourceLineSpendingRow {
  readonly fundingSourceId: string;
  readonly lineId: string;
  readonly paid: Money;
  readonly reversed: Money;
  readonly payments: number;
  readonly reversals: number;
}

export const donorSpendingKey = (processId: string): string => `${processId}#donor-spending`;
export const sourceSpendingPrefix = (fundingSourceId: string): string => `source#${fundingSourceId}#`;

type Step = { fundingSourceId: string | null; lineId: string | null; budgetAmount: Money | null };

/** Payments and reversals name their source, line and budget amount; older events without them are skipped. */
const chargedTo = (event: StoredEvent) => {
  if (event.type !== 'DisbursementPaid' && event.type !== 'DisbursementReversed') return undefined;
  const { fundingSourceId, lineId, budgetAmount } = event.data as Step;
  return fundingSourceId && lineId && budgetAmount ? { fundingSourceId, lineId, budgetAmount } : undefined;
};

/**
 * What each funding source's money paid for, per line: payments and reversals, fed by the
 * disbursements' streams. Sums only, so the order in which different disbursements arrive does not matter.
 */
export const donorSpendingProjection: Projection<SourceLineSpendingRow> = {
  name: 'donor-spending',
  aggregates: ['disbursement'],
  rowOf(event): RowKey | undefined {
    const step = chargedTo(event);
    if (!step) return undefined;
    return {
      pk: donorSpendingKey(event.metadata.processId),
      sk: `${sourceSpendingPrefix(step.fundingSourceId)}line#${step.lineId}`,
    };
  },
  apply(row, event) {
    const step = chargedTo(event);
    if (!step) throw new Error(`the donor spending view does not apply ${event.type}`);
    const none = zero(step.budgetAmount.currency);
    const current = row ?? {
      fundingSourceId: step.fundingSourceId,
      lineId: step.lineId,
      paid: none,
      reversed: none,
      payments: 0,
      reversals: 0,
    };
    return event.type === 'DisbursementPaid'
      ? { ...current, paid: add(current.paid, step.budgetAmount), payments: current.payments + 1 }
      : { ...current, reversed: add(current.reversed, step.budgetAmount), reversals: current.reversals + 1 };
  },
};
