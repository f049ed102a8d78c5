import type { RefusalKind } from '../refusal-kind';

export const postRefusals = {
  'post-already-filled': 'conflict',
  'post-not-held-by-appointment': 'conflict',
  'appointment-starts-before-post-vacated': 'rule',
} as const satisfies Record<string, RefusalKind>;
