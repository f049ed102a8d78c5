import { describe, expect, it } from 'vitest';
import { adoptLine, eur, lineAdopted, lineCharged, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess, organisedProcess } from '../../test/support/staffing-builders';
import { available, evolve, initialState } from './budget-line';
import { budgetLine } from './decide';
import { adoptBudgetLine, reviseBudgetLine, transferBetweenLines } from './workflows';

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

  it('is adopted in one of the process’s units, two of one pillar apart', () => {
    const legal = adoptLine({ lineId: 'LD-1', unit: 'legal-drafting' });
    const research = adoptLine({ lineId: 'RD-1', unit: 'research-documentation' });
    expect(adoptBudgetLine(legal, initialState, organisedProcess)).toEqual([
      lineAdopted({ lineId: 'LD-1', unit: 'legal-drafting' }),
    ]);
    expect(adoptBudgetLine(research, initialState, organisedProcess)).toEqual([
      lineAdopted({ lineId: 'RD-1', unit: 'research-documentation' }),
    ]);
  });

  it('is refused in a unit the process does not have, naming the field', () => {
    const refusal = expectRefusal(
      () => adoptBudgetLine(adoptLine({ unit: 'legal-drafting' }), initialState, openProcess),
      'unit-not-found',
    );
    expect(refusal.details).toMatchObject({ field: 'unit', unit: 'legal-drafting' });
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

const at = '2026-01-05T00:00:00.000Z';
const revise = (amount: ReturnType<typeof usd>) => ({
  type: 'ReviseBudgetLine' as const,
  amount,
  reason: 'Mid-term review',
  transferId: null,
  revisedOn: '2026-01-05',
  by: 'head',
  at,
});
const commit = (amount = usd(3_000_00)) => ({
  type: 'CommitOnLine' as const,
  commitmentId: 'c-1',
  amount,
  by: 'fo-1',
  at,
});
const committed = (amount = usd(3_000_00)) => ({
  type: 'BudgetLineCommitted' as const,
  data: { lineId: 'EO-1', commitmentId: 'c-1', amount, committedAt: at },
});

describe('revising a budget line', () => {
  it('records the previous and the new allocation with the reason and approver', () => {
    given([lineAdopted({ amount: usd(10_000_00) })])
      .when(revise(usd(12_000_00)))
      .then([
        {
          type: 'BudgetLineRevised',
          data: {
            lineId: 'EO-1',
            previous: usd(10_000_00),
            amount: usd(12_000_00),
            reason: 'Mid-term review',
            transferId: null,
            approvedBy: 'head',
            revisedOn: '2026-01-05',
            revisedAt: at,
          },
        },
      ]);
  });

  it('may go down to exactly what is committed plus spent', () => {
    given([lineAdopted(), committed(usd(3_000_00)), lineCharged({ amount: usd(2_000_00) })])
      .when(revise(usd(5_000_00)))
      .then([expect.objectContaining({ type: 'BudgetLineRevised' }) as never]);
  });

  it('is refused below what is committed plus spent', () => {
    given([lineAdopted(), committed(usd(3_000_00)), lineCharged({ amount: usd(2_000_00) })])
      .when(revise(usd(4_999_99)))
      .thenRefuses('revision-below-committed-and-spent');
  });

  it('is dated on a day the process has lived, not before the line was adopted', () => {
    given([lineAdopted({ adoptedOn: '2026-01-03' })])
      .when({ ...revise(usd(12_000_00)), revisedOn: '2026-01-02' })
      .thenRefuses('revision-before-adoption');
    const reviseOn = (revisedOn: string | undefined) => () =>
      reviseBudgetLine(
        { ...revise(usd(12_000_00)), revisedOn },
        evolve(initialState, lineAdopted()),
        openProcess,
      );
    expect(reviseOn('2026-01-01')()[0]?.data).toMatchObject({ revisedOn: '2026-01-01', revisedAt: at });
    expect(reviseOn(undefined)()[0]?.data).toMatchObject({ revisedOn: '2026-01-05' });
    expectRefusal(reviseOn('2026-01-06'), 'date-after-today');
  });
});

describe('committing on a line', () => {
  it('reserves money up to what is available', () => {
    given([lineAdopted({ amount: usd(3_000_00) })])
      .when(commit(usd(3_000_00)))
      .then([committed(usd(3_000_00))]);
  });

  it('is refused past what is available', () => {
    given([lineAdopted({ amount: usd(3_000_00) }), lineCharged({ amount: usd(1) })])
      .when(commit(usd(3_000_00)))
      .thenRefuses('insufficient-funds-on-line');
  });

  it('counts against what a charge may take', () => {
    given([lineAdopted({ amount: usd(10_000_00) }), committed(usd(9_000_00))])
      .when(charge(usd(1_000_01)))
      .thenRefuses('insufficient-funds-on-line');
  });
});

describe('overriding the stop control', () => {
  it('charges past available when an approver records why', () => {
    const override = { reason: 'Security evacuation of staff', by: 'head' };
    given([lineAdopted({ amount: usd(1_000_00) })])
      .when({ ...charge(usd(5_000_00)), override })
      .then([
        lineCharged({
          amount: usd(5_000_00),
          disbursementId: 'd-1',
          chargedAt: '2026-01-03T00:00:00.000Z',
          override,
        }),
      ]);
  });
});

describe('transferring between lines', () => {
  const from = [
    lineAdopted({ lineId: 'A', amount: usd(10_000_00) }),
    lineCharged({ lineId: 'A', amount: usd(8_000_00) }),
  ];
  const to = [lineAdopted({ lineId: 'B', amount: usd(1_000_00) })];
  const fold = (events: Parameters<typeof evolve>[1][]) => events.reduce(evolve, initialState);
  const move = (amount: ReturnType<typeof usd>) => ({
    transferId: 'tr-1',
    amount,
    reason: 'Hearings moved online',
    by: 'head',
    at,
  });

  it('revises both lines by the same amount under one transfer id, on one day', () => {
    const outcome = transferBetweenLines(move(usd(2_000_00)), fold(from), fold(to), openProcess);
    expect(outcome.from[0]?.data).toMatchObject({
      amount: usd(8_000_00),
      transferId: 'tr-1',
      revisedOn: '2026-01-05',
    });
    expect(outcome.to[0]?.data).toMatchObject({
      amount: usd(3_000_00),
      transferId: 'tr-1',
      revisedOn: '2026-01-05',
    });
    const dated = transferBetweenLines(
      { ...move(usd(1)), revisedOn: '2026-01-04' },
      fold(from),
      fold(to),
      openProcess,
    );
    expect(dated.to[0]?.data).toMatchObject({ revisedOn: '2026-01-04' });
    expectRefusal(
      () =>
        transferBetweenLines({ ...move(usd(1)), revisedOn: '2026-01-06' }, fold(from), fold(to), openProcess),
      'date-after-today',
    );
  });

  it('is refused when the giving line would fall below what it has spent', () => {
    expectRefusal(
      () => transferBetweenLines(move(usd(2_000_01)), fold(from), fold(to), openProcess),
      'revision-below-committed-and-spent',
    );
  });

  it('is refused from a line to itself', () => {
    expectRefusal(
      () => transferBetweenLines(move(usd(1)), fold(from), fold(from), openProcess),
      'transfer-to-same-line',
    );
  });
});

describe('what a checker reads of a budget line', () => {
  it('shows its activity, who prepared and approved it and when, and every revision', () => {
    const revised = {
      type: 'BudgetLineRevised',
      data: {
        lineId: 'EO-1',
        previous: usd(10_000_00),
        amount: usd(12_000_00),
        reason: 'More counties to visit',
        transferId: null,
        approvedBy: 'head',
        revisedOn: '2026-02-01',
        revisedAt: '2026-02-01T08:00:00.000Z',
      },
    } as const;
    const adopted = lineAdopted({ draftId: 'draft-1', preparedBy: 'fo-1', approvedBy: 'head' });
    expect([adopted, lineCharged(), revised].reduce(evolve, initialState)).toMatchObject({
      activity: 'Public hearings',
      allocated: usd(12_000_00),
      adoptedOn: '2026-01-01',
      adoptedAt: adopted.data.adoptedAt,
      draftId: 'draft-1',
      preparedBy: 'fo-1',
      approvedBy: 'head',
      revisions: [
        {
          previous: usd(10_000_00),
          amount: usd(12_000_00),
          reason: 'More counties to visit',
          transferId: null,
          approvedBy: 'head',
          revisedOn: '2026-02-01',
          revisedAt: '2026-02-01T08:00:00.000Z',
        },
      ],
    });
  });
});
