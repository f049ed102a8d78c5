import { describe, expect, it } from 'vitest';
import { approved, day, paid, requested, reversed, usd } from '../../test/support/builders';
import { foldView, storedStream } from '../../test/support/views';
import { disbursementsProjection, listOrderOn } from './disbursements';

const rowAfter = (...events: Parameters<typeof storedStream>[1]) =>
  foldView(disbursementsProjection, storedStream('p1#disbursement#d-1', events)).get(
    'p1#disbursements|disbursement#d-1',
  );

describe('the disbursements list view', () => {
  it('keeps a request as the desk lists it, ordered by its value date then when it was recorded', () => {
    expect(rowAfter(requested())).toMatchObject({
      disbursementId: 'd-1',
      status: 'requested',
      lineId: 'EO-1',
      sourceId: 'src-1',
      payee: 'Venue Ltd',
      purpose: 'Hall for the Mombasa hearing',
      amount: usd(1_200_00),
      requestedBy: 'fo-1',
      requestedOn: '2026-01-02',
      listOrder: `2026-01-02#${day(2)}`,
      version: 1,
    });
  });

  it('names who approved and paid it, and keeps its list order whatever follows', () => {
    const row = rowAfter(requested(), approved(), paid());
    expect(row).toMatchObject({
      status: 'paid',
      approvedBy: 'head',
      paidBy: 'fo-2',
      paidOn: '2026-01-04',
      listOrder: `2026-01-02#${day(2)}`,
      version: 3,
    });
  });

  it('stays paid after part of it came back, and is reversed once all of it has', () => {
    const part = reversed({ amount: usd(200_00), budgetAmount: usd(200_00) });
    expect(rowAfter(requested(), approved(), paid(), part)?.status).toBe('paid');
    expect(rowAfter(requested(), approved(), paid(), part, reversed({ amount: usd(1_000_00) }))?.status).toBe(
      'reversed',
    );
  });

  it('bounds a day’s list orders by the first and last of any request recorded on it', () => {
    const order = rowAfter(requested({ requestedOn: '2026-01-02', requestedAt: '2026-01-09T23:59:59.999Z' }))
      ?.listOrder as string;
    expect(listOrderOn('2026-01-02', 'first') < order && order < listOrderOn('2026-01-02', 'last')).toBe(
      true,
    );
    expect(order < listOrderOn('2026-01-01', 'last')).toBe(false);
  });
});
