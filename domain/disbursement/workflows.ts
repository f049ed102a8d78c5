import type {
  BudgetLineEvent,
  CommitmentEvent,
  ContributionEvent,
  DisbursementEvent,
  InvoiceEvent,
} from '../../events/catalog';
import type { BudgetLine } from '../budget-line/budget-line';
import * as lines from '../budget-line/decide';
import { type Commitment, reservedOn } from '../commitment/commitment';
import { type CommitmentDecision, releaseReserved } from '../commitment/workflows';
import type { Contribution } from '../contribution/contribution';
import { pledged } from '../contribution/contribution';
import * as sources from '../contribution/decide';
import { rateFor } from '../contribution/funds';
import { type Actor, fold } from '../decider';
import { refuse } from '../errors';
import * as invoices from '../invoice/decide';
import type { Invoice } from '../invoice/invoice';
import { convert, type ExchangeRate, lessThan } from '../money';
import { datedOn, recordingDay } from '../process/business-date';
import type { Process } from '../process/process';
import type {
  ApproveDisbursement,
  PayDisbursement,
  RequestDisbursement,
  ReverseDisbursement,
} from './decide';
import { approve, pay, request, reverse } from './decide';
import { type Disbursement, type RecordedDisbursement, recorded } from './disbursement';

/**
 * Commands that touch a disbursement with its budget line and funding source. Each aggregate keeps
 * its own rules; these say which apply to which command, and the event store appends all of them in
 * one transaction, so no line or source can be overspent by commands racing each other.
 */
export interface DisbursementDecision {
  readonly disbursement: DisbursementEvent[];
  readonly line: BudgetLineEvent[];
  readonly source: ContributionEvent[];
}

/** Approval also consumes the commitment the disbursement pays, when it names one. */
export interface ApprovalDecision extends DisbursementDecision {
  readonly commitment: CommitmentEvent[];
}

/** Without a value date, the request is dated the day it is recorded (`recordingDay`). */
export type RequestInput = Omit<RequestDisbursement, 'rate' | 'budgetAmount' | 'requestedOn'> & {
  readonly rate: ExchangeRate | undefined;
  readonly requestedOn?: string | undefined;
};

/**
 * Requested on a day the process has lived. `commitment` is the one the request names, loaded; a
 * named one not given is not found.
 */
export function requestDisbursement(
  command: RequestInput,
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
  process: Process,
  commitment?: Commitment,
): DisbursementEvent[] {
  const requestedOn = command.requestedOn ?? recordingDay(process, command.at);
  return datedOn(
    process,
    command.at,
    'requestedOn',
    requestedOn,
    checkedRequest({ ...command, requestedOn }, disbursement, line, source, commitment),
  );
}

function checkedRequest(
  command: RequestInput & { readonly requestedOn: string },
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
  commitment: Commitment | undefined,
): DisbursementEvent[] {
  // Checked against the line's and source's existence and currency, not their balance: funds are
  // claimed at approval, which is where concurrent spending has to be serialised.
  if (line.status === 'none') return refuse('budget-line-not-found');
  pledged(source);
  if (command.commitmentId !== undefined) payable(command, commitment ?? { status: 'none' });
  const budgetCurrency = line.allocated.currency;
  const rate = rateFor(command.amount, budgetCurrency, command.rate);
  const budgetAmount = rate ? convert(command.amount, rate) : command.amount;
  // Not checked against what is available (approval is), but bounded: no single request may ask for
  // more than the whole line, so what the views add up stays far below what a number holds.
  if (lessThan(line.allocated, budgetAmount))
    refuse('request-exceeds-allocation', { allocated: line.allocated, asked: budgetAmount });
  return request({ ...command, rate, budgetAmount }, disbursement);
}

/** A request pays only a commitment still reserving money on its own line and funding source. */
function payable(command: RequestInput, commitment: Commitment): void {
  const { lineId, fundingSourceId } = reservedOn(commitment);
  const { commitmentId } = command;
  if (commitment.status !== 'open') refuse('commitment-not-open', { commitmentId });
  if (lineId !== command.lineId)
    refuse('commitment-on-another-line', { commitmentId, lineId, asked: command.lineId });
  if (fundingSourceId !== command.fundingSourceId)
    refuse('commitment-on-another-source', { commitmentId, fundingSourceId, asked: command.fundingSourceId });
}

/** Without a value date, the approval is dated the day it is recorded (`recordingDay`). */
export type ApproveInput = Omit<ApproveDisbursement, 'approvedOn'> & {
  readonly approvedOn?: string | undefined;
};

/**
 * Approved on a day the process has lived, not before the request. `commitment` is the one the
 * disbursement pays, loaded when it names one.
 */
export function approveAndCharge(
  command: ApproveInput,
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
  process: Process,
  commitment?: Commitment,
): ApprovalDecision {
  const approvedOn = command.approvedOn ?? recordingDay(process, command.at);
  const approved = datedOn(
    process,
    command.at,
    'approvedOn',
    approvedOn,
    approve({ ...command, approvedOn }, disbursement),
  );
  const pending = recorded(disbursement);
  const consumed = consume({ ...command, approvedOn }, pending, line, source, commitment);
  // Charged after the release: money the commitment reserved is available to what pays it.
  const released = fold(lines.budgetLine, line, consumed.line);
  const { disbursementId, budgetAmount } = pending;
  const { by, at } = command;
  const override = command.override ? { reason: command.override.reason, by } : undefined;
  const open = lines.chargeable(released, budgetAmount.currency);
  const charge = { disbursementId, amount: budgetAmount, by, at, ...(override ? { override } : {}) };
  const sourceCharge = { ...charge, line: open };
  return {
    disbursement: approved,
    commitment: consumed.commitment,
    line: [...consumed.line, ...lines.charge(charge, released)],
    source: [
      ...consumed.source,
      ...sources.charge(sourceCharge, fold(sources.contribution, source, consumed.source)),
    ],
  };
}

/**
 * What a disbursement charges is spent from its commitment: that much, up to what is still reserved,
 * is released on the commitment, its line and its source, so `committed` falls as money is spent
 * and `available` counts it once, on the approval's value date. A commitment already fully released
 * has nothing left to consume.
 */
function consume(
  actor: Actor & { readonly approvedOn: string },
  pending: RecordedDisbursement,
  line: BudgetLine,
  source: Contribution,
  commitment: Commitment | undefined,
): CommitmentDecision {
  if (pending.commitmentId === null) return { commitment: [], line: [], source: [] };
  const named = commitment ?? refuse('commitment-not-found', { commitmentId: pending.commitmentId });
  if (named.status !== 'open') return { commitment: [], line: [], source: [] };
  const { budgetAmount, disbursementId } = pending;
  const amount = lessThan(named.remaining, budgetAmount) ? named.remaining : budgetAmount;
  const reason = `Paid by disbursement ${disbursementId}`;
  const { approvedOn: releasedOn, by, at } = actor;
  const release = { type: 'ReleaseCommitment' as const, amount, reason, releasedOn, by, at };
  return releaseReserved(release, named, line, source);
}

/** Paid on a day the process has lived: the month the payment counts in follows it. */
export function payOn(
  command: PayDisbursement,
  disbursement: Disbursement,
  process: Process,
): DisbursementEvent[] {
  return datedOn(process, command.at, 'paidOn', command.paidOn, pay(command, disbursement));
}

/**
 * The invoice a request presents: always recorded, so the next request presenting it is warned of this
 * one (`alsoBacking`), and a second payment of it is stopped.
 */
export function presentInvoice(
  command: RequestInput,
  disbursementId: string,
  invoice: Invoice,
): InvoiceEvent[] {
  const { supportingDocument, by, at } = command;
  const { sha256, reference } = supportingDocument;
  return invoices.present({ sha256, reference, disbursementId, by, at }, invoice);
}

/**
 * A payment pays the invoice behind it: while another payment of that invoice stands, only with an
 * override. A request recorded before documents were required has no invoice to pay.
 */
export function payInvoice(
  command: PayDisbursement,
  disbursement: Disbursement,
  invoice?: Invoice,
): InvoiceEvent[] {
  const { supportingDocument, disbursementId } = recorded(disbursement);
  if (!supportingDocument || !invoice) return [];
  const { override, by, at } = command;
  const { sha256 } = supportingDocument;
  return invoices.pay({ sha256, disbursementId, ...(override ? { override } : {}), by, at }, invoice);
}

/** Once a payment came back in full, the invoice is no longer paid by it: it may be paid again. */
export function refundInvoice(actor: Actor, reversed: Disbursement, invoice?: Invoice): InvoiceEvent[] {
  const { supportingDocument, disbursementId, status } = recorded(reversed);
  if (!supportingDocument || !invoice || status !== 'reversed') return [];
  const { by, at } = actor;
  return invoices.refund({ sha256: supportingDocument.sha256, disbursementId, by, at }, invoice);
}

/**
 * A reversal gives the line and the source back what the payment charged them for the refunded part,
 * all of it once fully reversed. The commitment
 * it consumed is not reserved again: money back is available, and a contract still owed is raised anew.
 */
export function reverseAndCredit(
  command: ReverseDisbursement,
  disbursement: Disbursement,
  line: BudgetLine,
  source: Contribution,
  process: Process,
): DisbursementDecision {
  const reversed = datedOn(
    process,
    command.at,
    'reversedOn',
    command.reversedOn,
    reverse(command, disbursement),
  );
  const [event] = reversed;
  if (event?.type !== 'DisbursementReversed' || !event.data.budgetAmount)
    throw new Error('a reversal records the budget amount it credits');
  const credit = {
    disbursementId: event.data.disbursementId,
    amount: event.data.budgetAmount,
    reason: command.reason,
    by: command.by,
    at: command.at,
  };
  return {
    disbursement: reversed,
    line: lines.credit(credit, line),
    source: sources.credit(credit, source),
  };
}
