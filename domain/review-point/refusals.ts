import type { RefusalKind } from '../refusal-kind';

export const reviewPointRefusals = {
  'review-point-already-scheduled': 'conflict',
  'review-point-not-found': 'not-found',
  'review-point-already-held': 'conflict',
} as const satisfies Record<string, RefusalKind>;
