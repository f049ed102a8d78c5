import type { RefusalKind } from '../refusal-kind';

export const disbursementRefusals = {
  'disbursement-already-requested': 'conflict',
  'disbursement-not-found': 'not-found',
  'disbursement-not-pending': 'conflict',
  'disbursement-not-approved': 'conflict',
  'disbursement-not-paid': 'conflict',
  'maker-cannot-approve': 'rule',
  'maker-cannot-reverse': 'rule',
  'reversal-before-payment': 'rule',
} as const satisfies Record<string, RefusalKind>;
