import type { BudgetDraftEvent } from '../../events/catalog';
import type { DraftLine } from '../../events/catalog/budget-draft';
import type { StoredEvent } from '../../events/envelope';
import { type Money, saturatingAdd } from '../money';
import type { Projection, RowKey } from './projection';

/**
 * A budget draft as the budget view shows it: proposed lines and their total, apart from what is
 * allocated, which only the lines' adoption changes. Adopted and withdrawn drafts keep their row with
 * their status, so the view can leave them out.
 */
export interface BudgetDraftRow {
  readonly draftId: string;
  readonly title: string;
  readonly status: 'prepared' | 'adopted' | 'withdrawn';
  readonly lines: readonly DraftLine[];
  readonly total: Money;
  readonly preparedBy: string;
  readonly preparedAt: string;
  readonly version: number;
}

export const budgetDraftsPartition = (processId: string): string => `${processId}#budget-drafts`;

const isDraftEvent = (event: StoredEvent): event is StoredEvent<BudgetDraftEvent> =>
  event.type.startsWith('BudgetDraft');

/** Lines are drafted in the budget currency, so they add up; a draft has at least one. */
function totalOf(lines: readonly DraftLine[]): Money {
  const [first, ...rest] = lines.map((line) => line.amount);
  return rest.reduce(saturatingAdd, first as Money);
}

export const budgetDraftsProjection: Projection<BudgetDraftRow> = {
  name: 'budget-drafts',
  aggregates: ['budget-draft'],
  rowOf(event): RowKey | undefined {
    if (!isDraftEvent(event)) return undefined;
    return { pk: budgetDraftsPartition(event.metadata.processId), sk: `draft#${event.data.draftId}` };
  },
  apply(row, event) {
    if (!isDraftEvent(event)) throw new Error(`the budget drafts view does not apply ${event.type}`);
    const { version } = event;
    switch (event.type) {
      case 'BudgetDraftPrepared': {
        const { draftId, title, lines, preparedBy, preparedAt } = event.data;
        return {
          draftId,
          title,
          status: 'prepared',
          lines,
          total: totalOf(lines),
          preparedBy,
          preparedAt,
          version,
        };
      }
      case 'BudgetDraftRevised': {
        if (!row) throw new Error(`${event.type} on ${event.streamId} before it was prepared`);
        const { title, lines } = event.data;
        return { ...row, title, lines, total: totalOf(lines), version };
      }
      case 'BudgetDraftAdopted':
      case 'BudgetDraftWithdrawn':
        if (!row) throw new Error(`${event.type} on ${event.streamId} before it was prepared`);
        return { ...row, status: event.type === 'BudgetDraftAdopted' ? 'adopted' : 'withdrawn', version };
    }
  },
};

/** The drafts an approver has yet to adopt (or their preparer to withdraw), oldest first. */
export const draftsNotAdopted = (rows: readonly BudgetDraftRow[]): BudgetDraftRow[] =>
  rows.filter((row) => row.status === 'prepared').sort((a, b) => a.preparedAt.localeCompare(b.preparedAt));
