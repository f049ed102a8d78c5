import type { RefusalKind } from '../refusal-kind';

export const processRefusals = {
  'process-already-open': 'conflict',
  'process-not-found': 'not-found',
  'mandate-ends-before-it-starts': 'rule',
  'mandate-extension-not-later': 'rule',
  'date-after-today': 'rule',
  'date-before-mandate': 'rule',
  'rate-dated-beyond-next-month': 'rule',
  // Closing a month: proposed by one person, closed by another, once the month is over.
  'period-closed': 'rule',
  'period-not-ended': 'rule',
  'period-before-mandate': 'rule',
  'period-already-closed': 'conflict',
  'period-close-already-proposed': 'conflict',
  'period-close-not-proposed': 'rule',
  'proposer-cannot-close': 'rule',
  'period-not-closed': 'conflict',
  // A process's own units (domain/process/units.ts).
  'duplicate-unit': 'rule',
  'unit-parent-not-found': 'rule',
  'unit-parent-cycle': 'rule',
  'unit-removed': 'rule',
  'unit-pillar-changed': 'rule',
  'unit-not-found': 'rule',
} as const satisfies Record<string, RefusalKind>;
