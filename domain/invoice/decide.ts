import type { InvoiceEvent } from '../../events/catalog';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { evolve, type Invoice, initialState } from './invoice';

/** Raised by the disbursement commands that request, pay and fully reverse what an invoice backs. */
export type InvoiceCommand = PresentInvoice | PayInvoice | RefundInvoice;

export function decide(command: InvoiceCommand, invoice: Invoice): InvoiceEvent[] {
  switch (command.type) {
    case 'PresentInvoice':
      return present(command, invoice);
    case 'PayInvoice':
      return pay(command, invoice);
    case 'RefundInvoice':
      return refund(command, invoice);
    default:
      return assertNever(command);
  }
}

export interface PresentInvoice extends Actor {
  readonly type: 'PresentInvoice';
  readonly sha256: string;
  readonly reference: string;
  readonly disbursementId: string;
}

/** Always recorded: the request that presents an invoice again is warned, not refused. */
export function present(command: Input<PresentInvoice>, _invoice: Invoice): InvoiceEvent[] {
  const { sha256, reference, disbursementId, by, at } = command;
  return [
    {
      type: 'InvoicePresented',
      data: { sha256, reference, disbursementId, presentedBy: by, presentedAt: at },
    },
  ];
}

/** The other requests an invoice already backs: what a request presenting it again is warned of. */
export const alsoBacking = (invoice: Invoice, disbursementId: string): string[] =>
  invoice.presentedBy.filter((id) => id !== disbursementId);

export interface PayInvoice extends Actor {
  readonly type: 'PayInvoice';
  readonly sha256: string;
  readonly disbursementId: string;
  /** Paying an invoice another payment already paid, with the reason it is owed twice. */
  readonly override?: { readonly reason: string };
}

export function pay(command: Input<PayInvoice>, invoice: Invoice): InvoiceEvent[] {
  const { sha256, disbursementId, by, at } = command;
  const paidBy = alsoPaying(invoice, disbursementId);
  if (paidBy.length > 0 && !command.override) return refuse('invoice-already-paid', { sha256, paidBy });
  const override = command.override ? { reason: command.override.reason, by } : null;
  return [{ type: 'InvoicePaid', data: { sha256, disbursementId, override, paidBy: by, paidAt: at } }];
}

const alsoPaying = (invoice: Invoice, disbursementId: string): string[] =>
  invoice.paidBy.filter((id) => id !== disbursementId);

export interface RefundInvoice extends Actor {
  readonly type: 'RefundInvoice';
  readonly sha256: string;
  readonly disbursementId: string;
}

/** A payment that came back in full no longer pays the invoice; one paid before invoices were followed never did. */
export function refund(command: Input<RefundInvoice>, invoice: Invoice): InvoiceEvent[] {
  const { sha256, disbursementId, by, at } = command;
  if (!invoice.paidBy.includes(disbursementId)) return [];
  return [{ type: 'InvoiceRefunded', data: { sha256, disbursementId, refundedBy: by, refundedAt: at } }];
}

export const invoice: Decider<InvoiceCommand, InvoiceEvent, Invoice> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
