import { type Contribution, initialState } from '../contribution/contribution';
import { add, type Money, subtract, zero } from '../money';
import { type Amounts, noAmounts } from './amounts';
import { type EventRef, type PledgeTerms, refOf } from './entries';
import type { Stored, Trail } from './trails';

/** opening + receipts − disbursements + reversals = closing, in one currency. */
export interface Reconciliation {
  readonly opening: Money;
  readonly receipts: Money;
  readonly disbursements: Money;
  readonly reversals: Money;
  readonly closing: Money;
  readonly balanced: boolean;
}

export const reconcile = (
  opening: Money,
  receipts: Money,
  disbursements: Money,
  reversals: Money,
  closing: Money,
): Reconciliation => ({
  opening,
  receipts,
  disbursements,
  reversals,
  closing,
  balanced: add(subtract(add(opening, receipts), disbursements), reversals).amount === closing.amount,
});

/** One contribution's books while the log is folded. */
export interface Book {
  /** As pledged, then as each correction recorded by the period's end left it. */
  terms: PledgeTerms;
  opening: Amounts;
  balance: Amounts;
  receipts: Amounts;
  disbursements: Amounts;
  reversals: Amounts;
  /** The opening balance imported when the process started mid-mandate, once approved by the period's end. */
  imported: ImportedOpening | null;
  /** The contribution's own fold, for the ledger cross-check. */
  state: Contribution;
}

/** Received less spent before the system, as of its date: part of the opening balance, never an entry. */
export interface ImportedOpening {
  readonly asOf: string;
  readonly proposedBy: string;
  readonly approvedBy: string;
  readonly approvedAt: string;
  readonly amount: Amounts;
  /** "opening balance imported on 2026-05-31 approved by fa-1". */
  readonly description: string;
  readonly event: EventRef;
}

/** A contribution's books as its pledge opens them: its terms, and every amount nil in both currencies. */
export function openBook(pledged: Stored<'ContributionPledged'>): Book {
  const { contributionId, amount, budgetCurrency, ...terms } = pledged.data;
  const none = noAmounts(budgetCurrency, amount.currency);
  return {
    terms: {
      contributionId,
      pledged: amount,
      modality: terms.modality,
      restrictions: terms.restrictions,
      reportingFrequency: terms.reportingFrequency,
      firstReportDue: terms.firstReportDue,
      pledgedAt: terms.pledgedAt,
      event: refOf(pledged),
    },
    opening: none,
    balance: none,
    receipts: none,
    disbursements: none,
    reversals: none,
    imported: null,
    state: initialState,
  };
}

/**
 * One contribution's part of the report: its pledge, both reconciliations, and the ledger check,
 * which recomputes the closing balance from the contribution's own stream (tranches − charges at
 * approval + credits at reversal) plus what was approved but not paid by the period's end.
 */
export function sectionOf(book: Book, trails: ReadonlyMap<string, Trail>, paidIds: ReadonlySet<string>) {
  const { opening, receipts, disbursements, reversals, balance, state } = book;
  const budget = reconcile(
    opening.budget,
    receipts.budget,
    disbursements.budget,
    reversals.budget,
    balance.budget,
  );
  const contribution =
    opening.contribution &&
    receipts.contribution &&
    disbursements.contribution &&
    reversals.contribution &&
    balance.contribution
      ? reconcile(
          opening.contribution,
          receipts.contribution,
          disbursements.contribution,
          reversals.contribution,
          balance.contribution,
        )
      : null;
  const currency = balance.budget.currency;
  const approvedNotPaid = [...trails.values()]
    .filter(
      (t) =>
        t.charged?.data.contributionId === book.terms.contributionId &&
        !paidIds.has(t.charged.data.disbursementId),
    )
    .reduce((sum, t) => add(sum, t.charged?.data.amount ?? zero(currency)), zero(currency));
  const deposited = state.status === 'pledged' ? state.deposited : zero(currency);
  const charged = state.status === 'pledged' ? state.charged : zero(currency);
  const ledgerBalance = add(subtract(deposited, charged), approvedNotPaid);
  return {
    contributionId: book.terms.contributionId,
    currency: book.terms.pledged.currency,
    pledge: book.terms,
    openingImported: book.imported,
    budget,
    contribution,
    ledger: {
      deposited,
      chargedNetOfCredits: charged,
      approvedNotPaid,
      balance: ledgerBalance,
      agrees: ledgerBalance.amount === balance.budget.amount,
    },
  };
}
