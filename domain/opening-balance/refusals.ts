import type { RefusalKind } from '../refusal-kind';

export const openingBalanceRefusals = {
  'opening-balances-not-proposed': 'conflict',
  'opening-balances-already-proposed': 'conflict',
  // One approved set per process: later corrections go through the normal records.
  'opening-balances-already-approved': 'conflict',
  'proposer-cannot-approve-opening-balances': 'rule',
  'opening-balance-entry-twice': 'rule',
  // A line's or contribution's stream per event, each with its tip, within DynamoDB's 100 items.
  'opening-balances-too-many-streams': 'rule',
  'opening-balance-currency-mismatch': 'rule',
} as const satisfies Record<string, RefusalKind>;
