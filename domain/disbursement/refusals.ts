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
  // A refund is of part or all of what is still paid, in the payment's currency.
  'reversal-not-positive': 'rule',
  'reversal-exceeds-paid': 'rule',
  'reversal-in-another-currency': 'rule',

  // A record's value date follows its history: approved once requested, paid once approved.
  'approval-before-request': 'rule',
  'payment-before-approval': 'rule',
  // A request may pay only a commitment still reserving money on its own line and source.
  'commitment-not-open': 'rule',
  'commitment-on-another-line': 'rule',
  'commitment-on-another-source': 'rule',
  // No request asks for more than its line's whole allocation (in the budget currency).
  'request-exceeds-allocation': 'rule',
} as const satisfies Record<string, RefusalKind>;
