import type { InvoiceEvent } from '../../events/catalog';

/**
 * An invoice, known by its document's hash: which requests it backs and which of their payments still
 * stand. Any number of requests may present it (a warning, since instalments and mistakes look alike);
 * only one payment of it may stand at a time without an override, and a payment refunded in full no
 * longer counts. Requests recorded before invoices were followed are not in `presentedBy`.
 */
export interface Invoice {
  readonly presentedBy: readonly string[];
  readonly paidBy: readonly string[];
}

export const initialState: Invoice = { presentedBy: [], paidBy: [] };

export function evolve(invoice: Invoice, event: InvoiceEvent): Invoice {
  const { disbursementId } = event.data;
  switch (event.type) {
    case 'InvoicePresented':
      return { ...invoice, presentedBy: [...invoice.presentedBy, disbursementId] };
    case 'InvoicePaid':
      return { ...invoice, paidBy: [...invoice.paidBy, disbursementId] };
    case 'InvoiceRefunded':
      return { ...invoice, paidBy: invoice.paidBy.filter((id) => id !== disbursementId) };
  }
}
