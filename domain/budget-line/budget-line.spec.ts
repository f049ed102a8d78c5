import { describe, expect, it } from 'vitest';
import { adoptLine, eur, lineAdopted, lineCharged, usd } from '../../test/support/builders';
import { specFor } from '../../test/support/decider-spec';
import { available, evolve, initialState } from './budget-line';
import { budgetLine } from './decide';

const given = specFor(budgetLine);
const charge = (amount = usd(1_000_00), disbursementId = 'd-1') =>
  ({ type: 'ChargeBudgetLine', disbursementId, amount, by: 'head', at: '2026-01-03T00:00:00.000Z' }) as const;

describe('adopting a budget line', () => {
  it('records the line with its unit, activity, category and amount', () => {
    given([])
      .when(adoptLine({ amount: usd(50_000_00) }))
      .then([lineAdopted({ amount: usd(50_000_00) })]);
  });

  it('is refused when the line was already adopted', () => {
    given([lineAdopted()]).when(adoptLine()).thenRefuses('budget-line-already-adopted');
  });
});

describe('charging a budget line', () => {
  it('is accepted up to exactly what is available', () => {
    given([lineAdopted({ amount: usd(10_000_00) }), lineCharged({ amount: usd(4_000_00) })])
      .when(charge(usd(6_000_00), 'd-2'))
      .then([
        lineCharged({ amount: usd(6_000_00), disbursementId: 'd-2', chargedAt: '2026-01-03T00:00:00.000Z' }),
      ]);
  });

  it('is refused when it would take the line below zero available', () => {
    given([lineAdopted({ amount: usd(10_000_00) }), lineCharged({ amount: usd(4_000_00) })])
      .when(charge(usd(6_000_01), 'd-2'))
      .thenRefuses('insufficient-funds-on-line');
  });

  it('is refused in another currency than the line is budgeted in', () => {
    given([lineAdopted()])
      .when(charge(eur(1_00)))
      .thenRefuses('currency-mismatch');
  });

  it('is refused on a line that was never adopted', () => {
    given([]).when(charge()).thenRefuses('budget-line-not-found');
  });
});

describe('what is available on a line', () => {
  it('is allocated less everything charged', () => {
    const line = [
      lineAdopted({ amount: usd(10_000_00) }),
      lineCharged({ amount: usd(1_234_56) }),
      lineCharged({ amount: usd(1) }),
    ].reduce(evolve, initialState);
    if (line.status !== 'adopted') throw new Error('expected an adopted line');
    expect(available(line)).toEqual(usd(8_765_43));
  });
});
