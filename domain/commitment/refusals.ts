import type { RefusalKind } from '../refusal-kind';

export const commitmentRefusals = {
  'commitment-already-raised': 'conflict',
  'commitment-not-found': 'not-found',
  'commitment-already-released': 'conflict',
  'release-exceeds-commitment': 'rule',
  'release-before-raise': 'rule',
} as const satisfies Record<string, RefusalKind>;
