import type { BudgetDraftEvent } from '../../events/catalog';
import type { DraftLine } from '../../events/catalog/budget-draft';

/**
 * A budget a finance officer prepares: lines proposed, not allocated, until an approver other than
 * the preparer adopts it (each line then adopted on its own stream), or the preparer withdraws it.
 */
export type BudgetDraft = { readonly status: 'none' } | PreparedDraft | DecidedDraft;

export interface PreparedDraft {
  readonly status: 'prepared';
  readonly draftId: string;
  readonly title: string;
  readonly lines: readonly DraftLine[];
  readonly preparedBy: string;
  readonly preparedAt: string;
}

type DecidedDraft = Omit<PreparedDraft, 'status'> & { readonly status: 'withdrawn' | 'adopted' };

export const initialState: BudgetDraft = { status: 'none' };

export function evolve(draft: BudgetDraft, event: BudgetDraftEvent): BudgetDraft {
  switch (event.type) {
    case 'BudgetDraftPrepared': {
      const { draftId, title, lines, preparedBy, preparedAt } = event.data;
      return { status: 'prepared', draftId, title, lines, preparedBy, preparedAt };
    }
    case 'BudgetDraftRevised': {
      if (draft.status === 'none') return draft;
      const { title, lines } = event.data;
      return { ...draft, title, lines };
    }
    case 'BudgetDraftWithdrawn':
      return draft.status === 'none' ? draft : { ...draft, status: 'withdrawn' };
    case 'BudgetDraftAdopted':
      return draft.status === 'none' ? draft : { ...draft, status: 'adopted' };
  }
}
