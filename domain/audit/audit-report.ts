import type { ContributionEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { parseStreamId } from '../../events/stream-id';
import { dayOf } from '../calendar';
import { evolve as evolveContribution } from '../contribution/contribution';
import { add, type Money, zero } from '../money';
import { type Amounts, minus, plus } from './amounts';
import { type Book, openBook, reconcile, sectionOf } from './books';
import type { ContributionConversion, RecordedRate } from './contribution-currency';
import { type AuditEntry, paymentDetails, paymentEvents, refOf } from './entries';
import { reportMonths } from './months';
import { budgetAmountOf, conversionOf } from './payment-amounts';
import { type Stored, trailsOf } from './trails';

export interface AuditReportRequest {
  readonly processId: string;
  readonly donorId: string;
  /** One contribution of the donor's, or all of them when absent. */
  readonly contributionId?: string | undefined;
  /** First and last day of the period, inclusive (UTC), by the day the log recorded each entry. */
  readonly from: string;
  readonly to: string;
}

/**
 * A donor's audit report over a period, folded from the process's log (as `readProcess` returns it,
 * up to the period's last day): per contribution, the opening balance, each tranche received, each
 * payment from the donor's money and each reversal, with who asked, approved and paid, the rates, the
 * supporting document's hash and the events' hashes; the closing balance and its reconciliation in
 * the budget currency and the contribution's own. Undefined when the donor (or the contribution) has
 * no pledge by then. Pure: the same log always gives the same report, which is what makes it verifiable.
 */
export function auditReport(log: readonly StoredEvent[], request: AuditReportRequest) {
  const events = log.filter((e) => dayOf(e.metadata.recordedAt) <= request.to);
  const trails = trailsOf(events);
  const books = new Map<string, Book>();
  const conversions = new Map<string, ContributionConversion>();
  const rates: RecordedRate[] = [];
  const entries: AuditEntry[] = [];
  const paidIds = new Set<string>();

  const post = (
    book: Book,
    event: StoredEvent,
    amount: Amounts,
    sign: 1 | -1,
    into: 'receipts' | 'disbursements' | 'reversals',
  ) => {
    book.balance = sign > 0 ? plus(book.balance, amount) : minus(book.balance, amount);
    const inPeriod = dayOf(event.metadata.recordedAt) >= request.from;
    if (!inPeriod) book.opening = book.balance;
    else book[into] = plus(book[into], amount);
    return inPeriod;
  };

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
    if (event.type === 'ExchangeRateRecorded') rates.push({ rate: event.data.rate, event: refOf(event) });
    const { contributionId } = event.data as { contributionId?: string };
    const own =
      contributionId && parseStreamId(event.streamId).aggregate === 'contribution'
        ? books.get(contributionId)
        : undefined;
    if (own) own.state = evolveContribution(own.state, event as unknown as ContributionEvent);

    if (event.type === 'TrancheReceived' && own) {
      const amount = { budget: event.data.budgetAmount, contribution: event.data.amount };
      if (post(own, event, amount, 1, 'receipts'))
        entries.push({
          kind: 'incoming-funds',
          iatiTransactionType: '1',
          contributionId: own.terms.contributionId,
          recordedAt: event.metadata.recordedAt,
          valueDate: event.data.receivedOn,
          trancheId: event.data.trancheId,
          receivedBy: event.data.receivedBy,
          rate: event.data.rate,
          amount,
          balanceAfter: own.balance,
          events: [refOf(event)],
        });
    }
    if (event.type === 'DisbursementPaid' || event.type === 'DisbursementReversed') {
      const trail = trails.get(event.data.disbursementId) ?? {};
      const sourceId = event.data.fundingSourceId ?? trail.requested?.data.fundingSourceId;
      const book = sourceId ? books.get(sourceId) : undefined;
      if (!book) continue;
      if (event.type === 'DisbursementPaid') {
        paidIds.add(event.data.disbursementId);
        const conversion = conversionOf(trail, event, book, rates);
        conversions.set(event.data.disbursementId, conversion);
        const amount = { budget: budgetAmountOf(trail, event), contribution: conversion.amount };
        if (post(book, event, amount, -1, 'disbursements'))
          entries.push({
            kind: 'disbursement',
            iatiTransactionType: '3',
            contributionId: book.terms.contributionId,
            recordedAt: event.metadata.recordedAt,
            valueDate: event.data.paidOn,
            ...paymentDetails(trail, conversion),
            amount,
            balanceAfter: book.balance,
            events: paymentEvents(trail, conversion),
          });
      } else {
        // A reversal gives back exactly what its payment took, at the payment's rates.
        const conversion = conversions.get(event.data.disbursementId);
        if (!conversion)
          throw new Error(`disbursement ${event.data.disbursementId} reversed before it was paid`);
        const amount = { budget: budgetAmountOf(trail, event), contribution: conversion.amount };
        if (post(book, event, amount, 1, 'reversals'))
          entries.push({
            kind: 'reversal',
            iatiTransactionType: '3',
            contributionId: book.terms.contributionId,
            recordedAt: event.metadata.recordedAt,
            valueDate: event.data.reversedOn,
            ...paymentDetails(trail, conversion),
            reason: event.data.reason,
            reversedBy: event.data.reversedBy,
            reversedAt: event.data.reversedAt,
            amount,
            balanceAfter: book.balance,
            events: [
              refOf(event),
              ...(trail.credited ? [refOf(trail.credited)] : []),
              ...paymentEvents(trail, conversion),
            ],
          });
      }
    }
  }

  const firstPledge = events.find(
    (e): e is Stored<'ContributionPledged'> =>
      e.type === 'ContributionPledged' && books.has(e.data.contributionId),
  );
  if (!firstPledge) return undefined;
  const sections = [...books.values()].map((book) => sectionOf(book, trails, paidIds));
  const budgetCurrency = firstPledge.data.budgetCurrency;
  const total = (pick: (s: (typeof sections)[number]) => Money) =>
    sections.reduce((sum, s) => add(sum, pick(s)), zero(budgetCurrency));
  const months = reportMonths(events, request.from, request.to);
  const streams = [
    ...new Set([
      ...sections.map((s) => s.pledge.event.streamId),
      ...entries.flatMap((e) => e.events.map((ref) => ref.streamId)),
      ...months.flatMap((m) => m.changes.map((c) => c.event.streamId)),
    ]),
  ];
  return {
    report: 'donor-audit-report' as const,
    formatVersion: 1,
    processId: request.processId,
    donorId: request.donorId,
    donorName: firstPledge.data.donorName,
    contributionId: request.contributionId ?? null,
    period: { from: request.from, to: request.to, basis: 'recorded-at' as const },
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
