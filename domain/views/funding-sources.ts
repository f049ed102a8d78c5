import type { ContributionEvent, EventOf } from '../../events/catalog';
import type { Modality } from '../../events/catalog/contribution';
import type { StoredEvent } from '../../events/envelope';
import { movedFigures } from '../contribution/contribution';
import { type ExchangeRate, type Money, saturatingAdd, saturatingSubtract, zero } from '../money';
import {
  applyDisbursement,
  chargedTo,
  type DisbursementFigures,
  isDisbursementEvent,
  withSpendingColumns,
} from './disbursement-flow';
import type { Projection, RowKey } from './projection';

/** A tranche as received, with the rate it was converted at, so anyone can redo the conversion. */
export interface TrancheRow {
  readonly trancheId: string;
  readonly receivedOn: string;
  readonly amount: Money;
  /** Null when the tranche arrived in the budget currency. */
  readonly rate: ExchangeRate | null;
  readonly budgetAmount: Money;
  /** The tranche this one is the right entry for, when it corrects one. */
  readonly correctionOf: string | null;
  /** The value date of its reversing entry, once a correction reversed it. */
  readonly reversedOn: string | null;
}

/**
 * A funding source (a donor's contribution, or the government's allocation). Pledged and received in
 * its own currency; everything else in the budget currency, at the rates recorded with each tranche
 * and each disbursement request.
 */
export interface FundingSourceRow extends DisbursementFigures {
  readonly fundingSourceId: string;
  /** Null only while the pledge has not reached the view yet (streams arrive in any order). */
  readonly donorId: string | null;
  readonly donorName: string | null;
  readonly modality: Modality | null;
  readonly pledged: Money | null;
  readonly received: Money | null;
  /** The tranches received, converted at their recorded rates: the money the source holds. */
  readonly deposited: Money;
  readonly tranches: readonly TrancheRow[];
  readonly committed: Money;
  /** Approved, paid or not, net of reversals: what the source's spending control counts. */
  readonly charged: Money;
  readonly approvedNotPaid: Money;
  readonly pending: Money;
  /** deposited − committed − charged. */
  readonly available: Money;
  /** The version of the contribution's own stream these figures include. */
  readonly version: number;
}

export const fundingSourcesPartition = (processId: string): string => `${processId}#funding-sources`;

const emptySource = (fundingSourceId: string, budgetCurrency: string): FundingSourceRow => ({
  fundingSourceId,
  donorId: null,
  donorName: null,
  modality: null,
  pledged: null,
  received: null,
  deposited: zero(budgetCurrency),
  tranches: [],
  committed: zero(budgetCurrency),
  charged: zero(budgetCurrency),
  requested: zero(budgetCurrency),
  disbursed: zero(budgetCurrency),
  spending: {},
  approvedNotPaid: zero(budgetCurrency),
  pending: zero(budgetCurrency),
  available: zero(budgetCurrency),
  version: 0,
});

const withFigures = (row: FundingSourceRow): FundingSourceRow => withSpendingColumns(row, row.deposited);

/**
 * What a contribution's stream says about its money; its donor reports are the donor views' business,
 * and a tranche correction moves money only once approved (`TrancheReversed` and the right tranche).
 */
type SourceEvent = Exclude<
  ContributionEvent,
  EventOf<
    | 'DonorReportSubmitted'
    | 'DonorReportCorrected'
    | 'TrancheCorrectionProposed'
    | 'TrancheCorrectionRejected'
  >
>;

const isContributionEvent = (event: StoredEvent): event is StoredEvent<SourceEvent> =>
  event.type.startsWith('Contribution') ||
  event.type === 'PledgeCorrected' ||
  event.type === 'TrancheReceived' ||
  event.type === 'TrancheReversed';

/** Before its pledge reaches the view, a source's budget currency is that of the first amount seen. */
const budgetCurrencyOf = (event: StoredEvent<SourceEvent>): string =>
  event.type === 'ContributionPledged'
    ? event.data.budgetCurrency
    : event.type === 'TrancheReceived' || event.type === 'TrancheReversed'
      ? event.data.budgetAmount.currency
      : event.type === 'ContributionOpeningBalance'
        ? event.data.deposited.currency
        : event.data.amount.currency;

function applyContributionEvent(row: FundingSourceRow, event: StoredEvent<SourceEvent>): FundingSourceRow {
  const version = event.version;
  switch (event.type) {
    case 'ContributionPledged': {
      const { donorId, donorName, modality, amount } = event.data;
      return {
        ...row,
        donorId,
        donorName,
        modality,
        pledged: amount,
        received: row.received ?? zero(amount.currency),
        version,
      };
    }
    case 'PledgeCorrected':
      return { ...row, pledged: event.data.amount, version };
    case 'TrancheReceived': {
      const { trancheId, receivedOn, amount, rate, budgetAmount, correctionOf } = event.data;
      const tranche = { trancheId, receivedOn, amount, rate, budgetAmount, correctionOf, reversedOn: null };
      return {
        ...movedFigures(row, event),
        received: row.received ? saturatingAdd(row.received, amount) : amount,
        tranches: [...row.tranches, tranche],
        version,
      };
    }
    case 'TrancheReversed': {
      const { trancheId, amount, reversedOn } = event.data;
      return {
        ...movedFigures(row, event),
        received: saturatingSubtract(row.received ?? zero(amount.currency), amount),
        tranches: row.tranches.map((t) => (t.trancheId === trancheId ? { ...t, reversedOn } : t)),
        version,
      };
    }
    case 'ContributionCommitted':
    case 'ContributionCommitmentReleased':
    case 'ContributionCharged':
    case 'ContributionCredited':
      return { ...movedFigures(row, event), version };
    case 'ContributionOpeningBalance': {
      const { received, spent } = event.data;
      // Spent before the as-of date: disbursed, but in no month's spending, so no burn rate counts it.
      return {
        ...movedFigures(row, event),
        received: row.received ? saturatingAdd(row.received, received) : received,
        disbursed: saturatingAdd(row.disbursed, spent),
        version,
      };
    }
  }
}

const sourceIdOf = (event: StoredEvent): string | undefined => {
  if (isContributionEvent(event)) return event.data.contributionId;
  if (isDisbursementEvent(event)) return chargedTo(event, 'fundingSourceId')?.id;
  return undefined;
};

export const fundingSourcesProjection: Projection<FundingSourceRow> = {
  name: 'funding-sources',
  aggregates: ['contribution', 'disbursement'],
  rowOf(event): RowKey | undefined {
    const id = sourceIdOf(event);
    return id === undefined
      ? undefined
      : { pk: fundingSourcesPartition(event.metadata.processId), sk: `source#${id}` };
  },
  apply(row, event) {
    if (isContributionEvent(event)) {
      const current = row ?? emptySource(event.data.contributionId, budgetCurrencyOf(event));
      return withFigures(applyContributionEvent(current, event));
    }
    if (isDisbursementEvent(event)) {
      const charged = chargedTo(event, 'fundingSourceId');
      if (!charged) throw new Error(`${event.type} on ${event.streamId} names no funding source`);
      const current = row ?? emptySource(charged.id, charged.budgetAmount.currency);
      return withFigures({ ...current, ...applyDisbursement(current, event, charged.budgetAmount) });
    }
    throw new Error(`the funding sources view does not apply ${event.type}`);
  },
};
