import { describe, expect, it } from 'vitest';
import type { BudgetDraftEvent, EventOf } from '../../events/catalog';
import type { DraftLine } from '../../events/catalog/budget-draft';
import { lineAdopted, usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { evolve, initialState as noLine } from '../budget-line/budget-line';
import { budgetDraft, type PrepareBudgetDraft } from './decide';
import { adoptBudgetDraft, prepareBudgetDraft, reviseBudgetDraft } from './workflows';

const given = specFor(budgetDraft);
const preparedAt = '2026-01-05T09:00:00.000Z';
const adoptedAt = '2026-01-06T09:00:00.000Z';
const line = (lineId: string, o: Partial<DraftLine> = {}): DraftLine => ({
  lineId,
  unit: 'education-outreach',
  activity: 'Public hearings',
  costCategory: 'travel',
  amount: usd(10_000_00),
  ...o,
});
const prepare = (o: Partial<PrepareBudgetDraft> = {}): PrepareBudgetDraft => ({
  type: 'PrepareBudgetDraft',
  draftId: 'bd-1',
  title: 'Budget for the first year',
  lines: [line('EO-1'), line('EO-2', { amount: usd(5_000_00) })],
  by: 'fo-1',
  at: preparedAt,
  ...o,
});
const prepared: EventOf<'BudgetDraftPrepared'> = {
  type: 'BudgetDraftPrepared',
  data: {
    draftId: 'bd-1',
    title: 'Budget for the first year',
    lines: [line('EO-1'), line('EO-2', { amount: usd(5_000_00) })],
    preparedBy: 'fo-1',
    preparedAt,
  },
};
const adopted: EventOf<'BudgetDraftAdopted'> = {
  type: 'BudgetDraftAdopted',
  data: { draftId: 'bd-1', approvedBy: 'fa-1', adoptedOn: '2026-01-06', adoptedAt },
};
const withdrawn: EventOf<'BudgetDraftWithdrawn'> = {
  type: 'BudgetDraftWithdrawn',
  data: { draftId: 'bd-1', reason: 'Redone with the new units', withdrawnBy: 'fo-1', withdrawnAt: adoptedAt },
};
const adopt = (by = 'fa-1') =>
  ({ type: 'AdoptBudgetDraft', adoptedOn: '2026-01-06', by, at: adoptedAt }) as const;
const withdraw = (by = 'fo-1') =>
  ({ type: 'WithdrawBudgetDraft', reason: 'Redone with the new units', by, at: adoptedAt }) as const;
const draftOf = (events: readonly BudgetDraftEvent[]) =>
  events.reduce(budgetDraft.evolve, budgetDraft.initialState);

describe('preparing a budget draft', () => {
  it('records its title, its lines and who prepared it', () => {
    expect(prepareBudgetDraft(prepare(), budgetDraft.initialState, openProcess)).toEqual([prepared]);
  });

  it('proposes only lines the process could adopt: its units, its budget currency', () => {
    const foreign = prepare({ lines: [line('EO-1', { amount: { amount: 1_00, currency: 'EUR' } })] });
    expectRefusal(
      () => prepareBudgetDraft(foreign, budgetDraft.initialState, openProcess),
      'currency-mismatch',
    );
    const elsewhere = prepare({ lines: [line('EO-1', { unit: 'nowhere' })] });
    expectRefusal(
      () => prepareBudgetDraft(elsewhere, budgetDraft.initialState, openProcess),
      'unit-not-found',
    );
  });

  it('is refused under an id already prepared', () => {
    given([prepared]).when(prepare()).thenRefuses('budget-draft-already-prepared');
  });
});

describe('adopting a budget draft', () => {
  const noLines = () => noLine;

  it('adopts each line on its own stream with the draft, its preparer and its approver', () => {
    const events = adoptBudgetDraft(adopt(), draftOf([prepared]), noLines, openProcess);
    expect(events.draft).toEqual([adopted]);
    expect(events.lines).toEqual({
      'EO-1': [
        lineAdopted({
          lineId: 'EO-1',
          draftId: 'bd-1',
          preparedBy: 'fo-1',
          approvedBy: 'fa-1',
          adoptedOn: '2026-01-06',
          adoptedAt,
        }),
      ],
      'EO-2': [
        lineAdopted({
          lineId: 'EO-2',
          amount: usd(5_000_00),
          draftId: 'bd-1',
          preparedBy: 'fo-1',
          approvedBy: 'fa-1',
          adoptedOn: '2026-01-06',
          adoptedAt,
        }),
      ],
    });
  });

  it('is dated, the draft and each of its lines, on a day the process has lived', () => {
    const adoptOn = (adoptedOn: string | undefined) => () =>
      adoptBudgetDraft({ ...adopt(), adoptedOn }, draftOf([prepared]), noLines, openProcess);
    const early = adoptOn('2026-01-02')();
    expect(early.draft[0]?.data).toMatchObject({ adoptedOn: '2026-01-02', adoptedAt });
    expect(early.lines['EO-2']?.[0]?.data).toMatchObject({ adoptedOn: '2026-01-02' });
    expect(adoptOn(undefined)().lines['EO-1']?.[0]?.data).toMatchObject({ adoptedOn: '2026-01-06' });
    expectRefusal(adoptOn('2026-01-07'), 'date-after-today');
    expectRefusal(adoptOn('2025-12-31'), 'date-before-mandate');
  });

  it('is refused to its preparer: maker and checker are two people', () => {
    given([prepared]).when(adopt('fo-1')).thenRefuses('preparer-cannot-adopt');
  });

  it('is refused whole when one of its lines is already adopted', () => {
    const lines = (lineId: string) => (lineId === 'EO-2' ? evolve(noLine, lineAdopted({ lineId })) : noLine);
    expectRefusal(
      () => adoptBudgetDraft(adopt(), draftOf([prepared]), lines, openProcess),
      'budget-line-already-adopted',
    );
  });

  it('is refused once adopted, once withdrawn, and when there is no such draft', () => {
    given([prepared, adopted]).when(adopt()).thenRefuses('budget-draft-not-prepared');
    given([prepared, withdrawn]).when(adopt()).thenRefuses('budget-draft-not-prepared');
    given([]).when(adopt()).thenRefuses('budget-draft-not-found');
  });
});

describe('revising a budget draft', () => {
  const revise = (by = 'fo-1') =>
    ({
      type: 'ReviseBudgetDraft',
      title: 'Budget for the first year, second version',
      lines: [line('EO-1', { amount: usd(8_000_00) })],
      reason: 'Fewer hearings',
      by,
      at: adoptedAt,
    }) as const;
  const revised: EventOf<'BudgetDraftRevised'> = {
    type: 'BudgetDraftRevised',
    data: {
      draftId: 'bd-1',
      title: 'Budget for the first year, second version',
      lines: [line('EO-1', { amount: usd(8_000_00) })],
      reason: 'Fewer hearings',
      revisedBy: 'fo-1',
      revisedAt: adoptedAt,
    },
  };

  it('replaces its title and lines, by its preparer, with the reason; adoption then takes the revised lines', () => {
    expect(reviseBudgetDraft(revise(), draftOf([prepared]), openProcess)).toEqual([revised]);
    const events = adoptBudgetDraft(adopt(), draftOf([prepared, revised]), () => noLine, openProcess);
    expect(events.lines).toEqual({
      'EO-1': [
        lineAdopted({
          amount: usd(8_000_00),
          draftId: 'bd-1',
          preparedBy: 'fo-1',
          approvedBy: 'fa-1',
          adoptedOn: '2026-01-06',
          adoptedAt,
        }),
      ],
    });
  });

  it('is refused to anyone else, once adopted, and for lines the process could not adopt', () => {
    given([prepared]).when(revise('fo-2')).thenRefuses('only-preparer-may-change');
    given([prepared, adopted]).when(revise()).thenRefuses('budget-draft-not-prepared');
    const elsewhere = { ...revise(), lines: [line('EO-1', { unit: 'nowhere' })] };
    expectRefusal(() => reviseBudgetDraft(elsewhere, draftOf([prepared]), openProcess), 'unit-not-found');
  });
});

describe('withdrawing a budget draft', () => {
  it('is its preparer’s, with the reason', () => {
    given([prepared]).when(withdraw()).then([withdrawn]);
  });

  it('is refused to anyone else, and once adopted', () => {
    given([prepared]).when(withdraw('fo-2')).thenRefuses('only-preparer-may-change');
    given([prepared, adopted]).when(withdraw()).thenRefuses('budget-draft-not-prepared');
  });
});
