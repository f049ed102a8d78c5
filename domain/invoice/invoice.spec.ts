import { describe, expect, it } from 'vitest';
import type { InvoiceEvent } from '../../events/catalog';
import { day } from '../../test/support/builders';
import { specFor } from '../../test/support/decider-spec';
import { alsoBacking, invoice } from './decide';
import { initialState } from './invoice';

const given = specFor(invoice);
const sha256 = 'a'.repeat(64);
const presented = (disbursementId: string): InvoiceEvent => ({
  type: 'InvoicePresented',
  data: { sha256, reference: 'INV-7', disbursementId, presentedBy: 'fo-1', presentedAt: day(1) },
});
const paid = (disbursementId: string): InvoiceEvent => ({
  type: 'InvoicePaid',
  data: { sha256, disbursementId, override: null, paidBy: 'fo-1', paidAt: day(2) },
});
const payment = (disbursementId: string, override?: { reason: string }) => ({
  type: 'PayInvoice' as const,
  sha256,
  disbursementId,
  ...(override ? { override } : {}),
  by: 'fo-2',
  at: day(3),
});

describe('an invoice presented by several requests', () => {
  it('is recorded each time, and names the other requests it backs', () => {
    given([presented('d-1')])
      .when({
        type: 'PresentInvoice',
        sha256,
        reference: 'INV-7',
        disbursementId: 'd-2',
        by: 'fo-1',
        at: day(1),
      })
      .then([presented('d-2')]);
    const state = [presented('d-1'), presented('d-2')].reduce(invoice.evolve, initialState);
    expect(alsoBacking(state, 'd-2')).toEqual(['d-1']);
    expect(alsoBacking(initialState, 'd-1')).toEqual([]);
  });
});

describe('paying an invoice', () => {
  it('is recorded the first time', () => {
    given([presented('d-1')])
      .when(payment('d-1'))
      .then([
        {
          type: 'InvoicePaid',
          data: { sha256, disbursementId: 'd-1', override: null, paidBy: 'fo-2', paidAt: day(3) },
        },
      ]);
  });

  it('is refused while another payment of it stands, naming that payment', () => {
    const refusal = given([presented('d-1'), presented('d-2'), paid('d-1')])
      .when(payment('d-2'))
      .thenRefuses('invoice-already-paid');
    expect(refusal.details).toEqual({ sha256, paidBy: ['d-1'] });
  });

  it('goes through a second time with an override, which records why and who', () => {
    given([presented('d-1'), presented('d-2'), paid('d-1')])
      .when(payment('d-2', { reason: 'Second instalment billed on the same invoice' }))
      .then([
        {
          type: 'InvoicePaid',
          data: {
            sha256,
            disbursementId: 'd-2',
            override: { reason: 'Second instalment billed on the same invoice', by: 'fo-2' },
            paidBy: 'fo-2',
            paidAt: day(3),
          },
        },
      ]);
  });

  it('is free again once the payment that paid it came back in full', () => {
    const refunded: InvoiceEvent = {
      type: 'InvoiceRefunded',
      data: { sha256, disbursementId: 'd-1', refundedBy: 'head', refundedAt: day(4) },
    };
    given([presented('d-1'), presented('d-2'), paid('d-1'), refunded])
      .when(payment('d-2'))
      .then([expect.objectContaining({ type: 'InvoicePaid' })]);
  });

  it('is refunded only by a payment that paid it: one made before invoices were followed never did', () => {
    const refund = { type: 'RefundInvoice' as const, sha256, disbursementId: 'd-1', by: 'head', at: day(4) };
    given([presented('d-1')])
      .when(refund)
      .then([]);
    given([presented('d-1'), paid('d-1')])
      .when(refund)
      .then([
        {
          type: 'InvoiceRefunded',
          data: { sha256, disbursementId: 'd-1', refundedBy: 'head', refundedAt: day(4) },
        },
      ]);
  });
});
