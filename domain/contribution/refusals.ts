import type { RefusalKind } from '../refusal-kind';

export const contributionRefusals = {
  'contribution-already-pledged': 'conflict',
  'funding-source-not-found': 'not-found',
  'tranche-exceeds-pledge': 'rule',
  'exchange-rate-not-recorded': 'rule',
  'outside-donor-restriction': 'rule',
  'insufficient-funds-on-source': 'rule',
  'source-not-in-budget-currency': 'rule',
  'exchange-rate-already-recorded': 'conflict',
  'exchange-rate-not-found': 'not-found',
  'report-period-not-ended': 'rule',
  'report-period-already-reported': 'conflict',
  'donor-report-not-found': 'not-found',
  'report-period-out-of-order': 'rule',
  'tranche-not-found': 'not-found',
  'tranche-already-reversed': 'conflict',
  'tranche-correction-pending': 'conflict',
  'tranche-correction-not-found': 'not-found',
  'correction-changes-nothing': 'rule',
  'pledge-below-received': 'rule',
} as const satisfies Record<string, RefusalKind>;
