import type { StoredEvent } from '../../../events/envelope';
import { type Money, saturatingAdd, zero } from '../../money';
import { chargedTo, isDisbursementEvent } from '../disbursement-flow';
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

export const donorSpendingPartition = (processId: string): string => `${processId}#donor-spending`;
const sourceSpendingPrefix = (fundingSourceId: string): string => `source#${fundingSourceId}#`;

/** Payments and reversals name their source, line and budget amount; older events without them are skipped. */
const paidFrom = (event: StoredEvent) => {
  if (!isDisbursementEvent(event)) return undefined;
  if (event.type !== 'DisbursementPaid' && event.type !== 'DisbursementReversed') return undefined;
  const source = chargedTo(event, 'fundingSourceId');
  const line = chargedTo(event, 'lineId');
  return source && line
    ? { fundingSourceId: source.id, lineId: line.id, budgetAmount: source.budgetAmount }
    : undefined;
};

/**
 * What each funding source's money paid for, per line: payments and reversals, fed by the
 * disbursements' streams. Sums only, so the order in which different disbursements arrive does not matter.
 */
export const donorSpendingProjection: Projection<SourceLineSpendingRow> = {
  name: 'donor-spending',
  aggregates: ['disbursement'],
  rowOf(event): RowKey | undefined {
    const step = paidFrom(event);
    if (!step) return undefined;
    return {
      pk: donorSpendingPartition(event.metadata.processId),
      sk: `${sourceSpendingPrefix(step.fundingSourceId)}line#${step.lineId}`,
    };
  },
  apply(row, event) {
    const step = paidFrom(event);
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
      ? { ...current, paid: saturatingAdd(current.paid, step.budgetAmount), payments: current.payments + 1 }
      : {
          ...current,
          reversed: saturatingAdd(current.reversed, step.budgetAmount),
          reversals: current.reversals + 1,
        };
  },
};
