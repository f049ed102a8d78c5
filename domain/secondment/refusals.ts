import type { RefusalKind } from '../refusal-kind';

export const secondmentRefusals = {
  'secondment-not-found': 'not-found',
  'secondment-already-recorded': 'conflict',
  'secondment-ended': 'conflict',
  'secondment-ends-before-it-starts': 'rule',
  'secondment-extension-not-later': 'rule',
  'secondment-early-end-after-planned-end': 'rule',
} as const satisfies Record<string, RefusalKind>;
