import type { RefusalKind } from '../refusal-kind';

export const riskRefusals = {
  'risk-already-identified': 'conflict',
  'risk-not-found': 'not-found',
  'risk-closed': 'conflict',
  'risk-already-escalated': 'conflict',
  'mitigation-not-found': 'not-found',
  'mitigation-already-completed': 'conflict',
  'next-review-not-after-review': 'rule',
} as const satisfies Record<string, RefusalKind>;
