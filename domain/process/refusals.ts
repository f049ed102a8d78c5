import type { RefusalKind } from '../refusal-kind';

export const processRefusals = {
  'process-already-open': 'conflict',
  'process-not-found': 'not-found',
  'mandate-ends-before-it-starts': 'rule',
  'mandate-extension-not-later': 'rule',
  'date-after-today': 'rule',
  'date-before-mandate': 'rule',
  'duplicate-unit': 'rule',
  'unit-parent-not-found': 'rule',
  'unit-parent-cycle': 'rule',
  'unit-removed': 'rule',
  'unit-pillar-changed': 'rule',
  'unit-not-found': 'rule',
} as const satisfies Record<string, RefusalKind>;
