import type { RefusalKind } from '../refusals';

export const disbursementRefusals = {
  'disbursement-already-requested': 'conflict',
  'disbursement-not-found': 'not-found',
  'disbursement-not-pending': 'conflict',
  'maker-cannot-approve': 'rule',
} as const satisfies Record<string, RefusalKind>;
