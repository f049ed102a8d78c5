import type { RefusalKind } from '../refusal-kind';

export const budgetLineRefusals = {
  'budget-line-already-adopted': 'conflict',
  'budget-line-not-found': 'not-found',
  'budget-line-in-another-unit': 'rule',
  'currency-mismatch': 'rule',
  'insufficient-funds-on-line': 'rule',
  'revision-below-committed-and-spent': 'rule',
  'revision-before-adoption': 'rule',
  'transfer-to-same-line': 'rule',
} as const satisfies Record<string, RefusalKind>;
