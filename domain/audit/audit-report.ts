import type { ContributionEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { parseStreamId } from '../../events/stream-id';
import { dayOf } from '../calendar';
import { evolve as evolveContribution } from '../contribution/contribution';
import { add, type Money, subtract, zero } from '../money';
import { type Amounts, minus, plus } from './amounts';
import { type Book, openBook, reconcile, sectionOf } from './books';
import type { ContributionConversion, RecordedRate } from './contribution-currency';
import { type AuditEntry, paymentDetails, paymentEvents, refOf } from './entries';
import { reportMonths } from './months';
import { budgetAmountOf, conversionOf, refundedShare } from './payment-amounts';
import { type Stored, type Trail, trailsOf } from './trails';

export interface AuditReportRequest {
  readonly processId: string;
  readonly donorId: string;
  /** One contribution of the donor's, or all of them when absent. */
  readonly contributionId?: string | undefined;
  /**
   * First and last day of the period, inclusive, by value date: the day the money moved (received,
   * paid, reversed), whenever it was entered. Paid on 28 February and entered on 2 March is February's.
   */
  readonly from: string;
  readonly to: string;
  /**
   * What the log had recorded by this instant (inclusive): entered later, an entry is not in the
   * report, whatever its value date. The same `knownAt` re-derives the same report; without it, the
   * log as given.
   */
  readonly knownAt?: string | undefined;
}

/** A movement of the donor's money, placed in the books by its value date once the log is folded. */
interface Posting {
  readonly book: Book;
  readonly valueDate: string;
  readonly amount: Amounts;
  readonly sign: 1 | -1;
  readonly into: 'receipts' | 'disbursements' | 'reversals';
  readonly entry: (balanceAfter: Amounts) => AuditEntry;
}

/**
 * A donor's audit report over a period, folded from the process's log as recorded by `knownAt` (as
 * `readProcess` returns it): per contribution, the opening balance (what moved before `from`), each
 * tranche received, each payment from the donor's money and each reversal whose value date is in
 * the period, in value-date order, with both dates, who asked, approved and paid, the rates, the
 * supporting document's hash and the events' hashes; the closing balance and its reconciliation in
 * the budget currency and the contribution's own. Undefined when the donor (or the contribution) has
 * no pledge by then. Pure: the same log and `knownAt` always give the same report, which is what makes
 * it verifiable.
 */
export function auditReport(log: readonly StoredEvent[], request: AuditReportRequest) {
  const { knownAt } = request;
  const events = knownAt ? log.filter((e) => e.metadata.recordedAt <= knownAt) : log;
  const trails = trailsOf(events);
  const books = new Map<string, Book>();
  const conversions = new Map<string, ContributionConversion>();
  const rates: RecordedRate[] = [];
  const postings: Posting[] = [];
  const paidIds = new Set<string>();
  // What reversals gave back so far per disbursement, in the budget currency: refunds come in parts.
  const refunded = new Map<string, Money>();
  const paired = refundPairs(events);
  // Each tranche as received, for the reversing entry of its correction.
  const tranches = new Map<string, Stored<'TrancheReceived'>>();

  for (const event of events) {
    if (event.type === 'ContributionPledged') {
      const { contributionId, donorId } = event.data;
      if (
        donorId !== request.donorId ||
        (request.contributionId && request.contributionId !== contributionId)
      )
        continue;
      books.set(contributionId, openBook(event));
    }
    // A corrected rate is a rate of its day recorded later: payments recorded after it are shown at it.
    if (event.type === 'ExchangeRateRecorded' || event.type === 'ExchangeRateCorrected')
      rates.push({ rate: event.data.rate, event: refOf(event) });
    const { contributionId } = event.data as { contributionId?: string };
    const own =
      contributionId && parseStreamId(event.streamId).aggregate === 'contribution'
        ? books.get(contributionId)
        : undefined;
    // The ledger cross-check counts what had moved by the period's last day, like the books.
    if (own && ledgerDateOf(event, trails, paired) <= request.to)
      own.state = evolveContribution(own.state, event as unknown as ContributionEvent);

    if (event.type === 'ContributionOpeningBalance' && own && event.data.asOf <= request.to) {
      const { asOf, received, deposited, spent, proposedBy, approvedBy, approvedAt } = event.data;
      // Spent was recorded in the budget currency only: shown in the contribution's when they are one.
      const contribution =
        received.currency === spent.currency
          ? subtract(received, spent)
          : spent.amount === 0
            ? received
            : null;
      const amount = { budget: subtract(deposited, spent), contribution };
      // Everything before the system opens the books of any report whose period reaches the as-of date.
      own.opening = plus(own.opening, amount);
      own.balance = plus(own.balance, amount);
      own.imported = {
        asOf,
        proposedBy,
        approvedBy,
        approvedAt,
        amount,
        description: `opening balance imported on ${asOf} approved by ${approvedBy}`,
        event: refOf(event),
      };
    }
    if (event.type === 'TrancheReceived' && own) {
      const amount = { budget: event.data.budgetAmount, contribution: event.data.amount };
      const { terms } = own;
      postings.push({
        book: own,
        valueDate: event.data.receivedOn,
        amount,
        sign: 1,
        into: 'receipts',
        entry: (balanceAfter) => ({
          kind: 'incoming-funds',
          iatiTransactionType: '1',
          contributionId: terms.contributionId,
          recordedAt: event.metadata.recordedAt,
          valueDate: event.data.receivedOn,
          trancheId: event.data.trancheId,
          receivedBy: event.data.receivedBy,
          rate: event.data.rate,
          ...(event.data.correctionOf ? { correctionOf: event.data.correctionOf } : {}),
          amount,
          balanceAfter,
          events: [refOf(event)],
        }),
      });
    }
    if (event.type === 'TrancheReversed' && own) {
      // The reversing entry takes back the tranche as received, a negative receipt, on its own value date.
      const received = tranches.get(event.data.trancheId);
      const amount = { budget: negative(event.data.budgetAmount), contribution: negative(event.data.amount) };
      const { contributionId, trancheId, correctionId, reason, proposedBy, reversedBy, reversedAt } =
        event.data;
      postings.push({
        book: own,
        valueDate: event.data.reversedOn,
        amount,
        sign: 1,
        into: 'receipts',
        entry: (balanceAfter) => ({
          kind: 'incoming-funds',
          iatiTransactionType: '1',
          contributionId,
          recordedAt: event.metadata.recordedAt,
          valueDate: event.data.reversedOn,
          trancheId,
          receivedBy: received?.data.receivedBy ?? proposedBy,
          rate: event.data.rate,
          reversal: { correctionId, reason, proposedBy, reversedBy, reversedAt },
          amount,
          balanceAfter,
          events: [refOf(event), ...(received ? [refOf(received)] : [])],
        }),
      });
    }
    if (event.type === 'TrancheReceived') tranches.set(event.data.trancheId, event);
    // The pledge as it stood at the period's end, with each correction that made it so.
    if (event.type === 'PledgeCorrected' && own && dayOf(event.metadata.recordedAt) <= request.to) {
      const { previous, amount, reason, correctedBy, correctedAt } = event.data;
      const correction = { previous, amount, reason, correctedBy, correctedAt, event: refOf(event) };
      own.terms = {
        ...own.terms,
        pledged: amount,
        corrections: [...(own.terms.corrections ?? []), correction],
      };
    }
    if (event.type === 'DisbursementPaid' || event.type === 'DisbursementReversed') {
      const trail = trails.get(event.data.disbursementId) ?? {};
      const sourceId = event.data.fundingSourceId ?? trail.requested?.data.fundingSourceId;
      const book = sourceId ? books.get(sourceId) : undefined;
      if (!book) continue;
      const { contributionId } = book.terms;
      if (event.type === 'DisbursementPaid') {
        if (event.data.paidOn <= request.to) paidIds.add(event.data.disbursementId);
        const conversion = conversionOf(trail, event, book, rates);
        conversions.set(event.data.disbursementId, conversion);
        const amount = { budget: budgetAmountOf(trail, event), contribution: conversion.amount };
        postings.push({
          book,
          valueDate: event.data.paidOn,
          amount,
          sign: -1,
          into: 'disbursements',
          entry: (balanceAfter) => ({
            kind: 'disbursement',
            iatiTransactionType: '3',
            contributionId,
            recordedAt: event.metadata.recordedAt,
            valueDate: event.data.paidOn,
            ...paymentDetails(trail, conversion),
            amount,
            balanceAfter,
            events: paymentEvents(trail, conversion),
          }),
        });
      } else {
        // A reversal gives back what its payment took for the refunded part, at the payment's rates.
        const conversion = conversions.get(event.data.disbursementId);
        if (!conversion || !trail.paid)
          throw new Error(`disbursement ${event.data.disbursementId} reversed before it was paid`);
        const budget = budgetAmountOf(trail, event);
        const before = refunded.get(event.data.disbursementId) ?? zero(budget.currency);
        const after = add(before, budget);
        refunded.set(event.data.disbursementId, after);
        const paid = { budget: budgetAmountOf(trail, trail.paid), contribution: conversion.amount };
        const amount = { budget, contribution: refundedShare(paid, before, after) };
        postings.push({
          book,
          valueDate: event.data.reversedOn,
          amount,
          sign: 1,
          into: 'reversals',
          entry: (balanceAfter) => ({
            kind: 'reversal',
            iatiTransactionType: '3',
            contributionId,
            recordedAt: event.metadata.recordedAt,
            valueDate: event.data.reversedOn,
            ...paymentDetails(trail, conversion),
            reason: event.data.reason,
            reversedBy: event.data.reversedBy,
            reversedAt: event.data.reversedAt,
            amount,
            balanceAfter,
            events: [
              refOf(event),
              ...[paired.get(event)].flatMap((credit) => (credit ? [refOf(credit)] : [])),
              ...paymentEvents(trail, conversion),
            ],
          }),
        });
      }
    }
  }

  // In value-date order (the sort is stable: one day's entries stay in recorded order); what moved
  // after the period is not in its books, what moved before it opens them.
  const entries: AuditEntry[] = [];
  const byValueDate = postings
    .filter((p) => p.valueDate <= request.to)
    .sort((a, b) => (a.valueDate < b.valueDate ? -1 : a.valueDate > b.valueDate ? 1 : 0));
  for (const { book, valueDate, amount, sign, into, entry } of byValueDate) {
    book.balance = sign > 0 ? plus(book.balance, amount) : minus(book.balance, amount);
    if (valueDate < request.from) book.opening = book.balance;
    else {
      book[into] = plus(book[into], amount);
      entries.push(entry(book.balance));
    }
  }

  const firstPledge = events.find(
    (e): e is Stored<'ContributionPledged'> =>
      e.type === 'ContributionPledged' && books.has(e.data.contributionId),
  );
  if (!firstPledge) return undefined;
  // Approved by the period's last day, like the contribution's charges the ledger check folded.
  const approvedBy = new Map(
    [...trails].filter(([, t]) => t.charged && ledgerDateOf(t.charged, trails, paired) <= request.to),
  );
  const sections = [...books.values()].map((book) => sectionOf(book, approvedBy, paidIds));
  const budgetCurrency = firstPledge.data.budgetCurrency;
  const total = (pick: (s: (typeof sections)[number]) => Money) =>
    sections.reduce((sum, s) => add(sum, pick(s)), zero(budgetCurrency));
  const months = reportMonths(events, request.from, request.to);
  const streams = [
    ...new Set([
      ...sections.map((s) => s.pledge.event.streamId),
      ...sections.flatMap((s) => (s.openingImported ? [s.openingImported.event.streamId] : [])),
      ...entries.flatMap((e) => e.events.map((ref) => ref.streamId)),
      ...months.flatMap((m) => m.changes.map((c) => c.event.streamId)),
    ]),
  ];
  return {
    report: 'donor-audit-report' as const,
    // 2: the period by value date, as known at `knownAt`; 1 placed entries by the day recorded.
    formatVersion: 2,
    processId: request.processId,
    donorId: request.donorId,
    donorName: firstPledge.data.donorName,
    contributionId: request.contributionId ?? null,
    period: { from: request.from, to: request.to, basis: 'value-date' as const, knownAt: knownAt ?? null },
    budgetCurrency,
    contributions: sections,
    totals: reconcile(
      total((s) => s.budget.opening),
      total((s) => s.budget.receipts),
      total((s) => s.budget.disbursements),
      total((s) => s.budget.reversals),
      total((s) => s.budget.closing),
    ),
    entries,
    months,
    streams,
  };
}

export type AuditReport = NonNullable<ReturnType<typeof auditReport>>;

/**
 * The day a contribution event moved the donor's money, for the ledger cross-check: a tranche's
 * value date, a charge's approval, a credit's reversal; the day recorded for the rest (the pledge,
 * commitments), which move none of it.
 */
function ledgerDateOf(event: StoredEvent, trails: ReadonlyMap<string, Trail>, paired: Pairs): string {
  if (event.type === 'TrancheReceived') return event.data.receivedOn;
  if (event.type === 'ContributionOpeningBalance') return event.data.asOf;
  if (event.type === 'TrancheReversed') return event.data.reversedOn;
  if (event.type === 'ContributionCharged') {
    const day = trails.get(event.data.disbursementId)?.approved?.data.approvedOn;
    if (day) return day;
  }
  if (event.type === 'ContributionCredited') {
    const reversal = paired.get(event);
    if (reversal?.type === 'DisbursementReversed') return reversal.data.reversedOn;
  }
  return dayOf(event.metadata.recordedAt);
}

const negative = (amount: Money): Money => subtract(zero(amount.currency), amount);

type Pairs = ReadonlyMap<StoredEvent, StoredEvent>;

/**
 * Each reversal with the credit it made, both ways: a payment may be refunded in parts, so a
 * disbursement's nth credit of its source is its nth reversal's (the two streams' events of one
 * refund are appended together, in either order in the log).
 */
function refundPairs(events: readonly StoredEvent[]): Pairs {
  const pairs = new Map<StoredEvent, StoredEvent>();
  const waiting = new Map<string, { reversals: StoredEvent[]; credits: StoredEvent[] }>();
  for (const event of events) {
    if (event.type !== 'DisbursementReversed' && event.type !== 'ContributionCredited') continue;
    const { disbursementId } = event.data;
    const queues = waiting.get(disbursementId) ?? { reversals: [], credits: [] };
    waiting.set(disbursementId, queues);
    const [mine, theirs] =
      event.type === 'DisbursementReversed'
        ? [queues.reversals, queues.credits]
        : [queues.credits, queues.reversals];
    const other = theirs.shift();
    if (!other) mine.push(event);
    else {
      pairs.set(event, other);
      pairs.set(other, event);
    }
  }
  return pairs;
}
