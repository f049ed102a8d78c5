import type { RefusalKind } from '../refusal-kind';

export const budgetDraftRefusals = {
  'budget-draft-already-prepared': 'conflict',
  'budget-draft-not-found': 'not-found',
  'budget-draft-not-prepared': 'conflict',
  'preparer-cannot-adopt': 'rule',
  'only-preparer-may-change': 'rule',
} as const satisfies Record<string, RefusalKind>;
