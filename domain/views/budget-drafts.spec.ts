import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../events/catalog';
import { lineAdopted, usd } from '../../test/support/builders';
import { storedStream } from '../../test/support/views';
import { budgetProjection } from './budget';
import { type BudgetDraftRow, budgetDraftsProjection, draftsNotAdopted } from './budget-drafts';
import { foldProjections, rowsOf } from './fold';

const draftLine = (lineId: string, amount: number) => ({
  lineId,
  unit: 'education-outreach',
  activity: 'Public hearings',
  costCategory: 'travel' as const,
  amount: usd(amount),
});
const prepared = (draftId: string, preparedAt: string): DomainEvent => ({
  type: 'BudgetDraftPrepared',
  data: {
    draftId,
    title: `Budget ${draftId}`,
    lines: [draftLine('EO-1', 10_000_00), draftLine('EO-2', 2_500_00)],
    preparedBy: 'fo-1',
    preparedAt,
  },
});
const adopted = (draftId: string): DomainEvent => ({
  type: 'BudgetDraftAdopted',
  data: { draftId, approvedBy: 'fa-1', adoptedOn: '2026-01-09', adoptedAt: '2026-01-09T09:00:00.000Z' },
});

const views = [budgetProjection, budgetDraftsProjection];
const drafts = (...events: StoredEvent[][]) =>
  draftsNotAdopted(rowsOf<BudgetDraftRow>(foldProjections(views, events.flat()), 'p1#budget-drafts'));

import type { StoredEvent } from '../../events/envelope';

describe('the budget drafts view', () => {
  it('shows a draft not yet adopted with its lines, total, preparer and when, oldest first, and never as allocated', () => {
    const later = storedStream('p1#budget-draft#bd-2', [prepared('bd-2', '2026-01-07T09:00:00.000Z')]);
    const earlier = storedStream('p1#budget-draft#bd-1', [prepared('bd-1', '2026-01-05T09:00:00.000Z')]);
    const folded = foldProjections(views, [...later, ...earlier]);
    expect(rowsOf(folded, 'p1#budget')).toEqual([]);
    expect(drafts(later, earlier)).toEqual([
      {
        draftId: 'bd-1',
        title: 'Budget bd-1',
        status: 'prepared',
        lines: [draftLine('EO-1', 10_000_00), draftLine('EO-2', 2_500_00)],
        total: usd(12_500_00),
        preparedBy: 'fo-1',
        preparedAt: '2026-01-05T09:00:00.000Z',
        version: 1,
      },
      expect.objectContaining({ draftId: 'bd-2', total: usd(12_500_00) }),
    ]);
  });

  it('shows a revised draft’s new title, lines and total', () => {
    const revised: DomainEvent = {
      type: 'BudgetDraftRevised',
      data: {
        draftId: 'bd-1',
        title: 'Second version',
        lines: [draftLine('EO-1', 7_000_00)],
        reason: 'Fewer hearings',
        revisedBy: 'fo-1',
        revisedAt: '2026-01-06T09:00:00.000Z',
      },
    };
    const draft = storedStream('p1#budget-draft#bd-1', [
      prepared('bd-1', '2026-01-05T09:00:00.000Z'),
      revised,
    ]);
    expect(drafts(draft)).toEqual([
      expect.objectContaining({
        title: 'Second version',
        lines: [draftLine('EO-1', 7_000_00)],
        total: usd(7_000_00),
        preparedAt: '2026-01-05T09:00:00.000Z',
        version: 2,
      }),
    ]);
  });

  it('leaves a draft out once adopted: its lines are then the budget’s own', () => {
    const draft = storedStream('p1#budget-draft#bd-1', [
      prepared('bd-1', '2026-01-05T09:00:00.000Z'),
      adopted('bd-1'),
    ]);
    const line = storedStream('p1#budget-line#EO-1', [lineAdopted({ draftId: 'bd-1', approvedBy: 'fa-1' })]);
    expect(drafts(draft, line)).toEqual([]);
    const rows = rowsOf(foldProjections(views, [...draft, ...line]), 'p1#budget');
    expect(rows).toEqual([expect.objectContaining({ lineId: 'EO-1', allocated: usd(10_000_00) })]);
  });
});
