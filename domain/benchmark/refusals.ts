import type { RefusalKind } from '../refusal-kind';

export const benchmarkRefusals = {
  'benchmark-already-set': 'conflict',
  'benchmark-not-found': 'not-found',
  'benchmark-already-achieved': 'conflict',
  'baseline-not-below-target': 'rule',
  'progress-dated-before-last-progress': 'rule',
  'progress-below-last-value': 'rule',
  'benchmark-target-not-reached': 'rule',
  'due-date-unchanged': 'rule',
} as const satisfies Record<string, RefusalKind>;
