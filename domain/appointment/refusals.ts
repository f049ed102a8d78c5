import type { RefusalKind } from '../refusal-kind';

export const appointmentRefusals = {
  'appointment-not-found': 'not-found',
  'appointment-already-recorded': 'conflict',
  'appointment-ended': 'conflict',
  'appointment-ends-before-it-starts': 'rule',
  'donor-reporting-line-required': 'rule',
  'donor-reporting-line-without-donor-funding': 'rule',
  'donor-reporting-line-to-another-donor': 'rule',
  'sub-function-not-in-unit': 'rule',
  'leadership-appointment-not-reassignable': 'rule',
  'appointment-open-ended': 'rule',
  'contract-extension-not-later': 'rule',
  'monthly-cost-not-positive': 'rule',
  'monthly-cost-in-another-currency': 'rule',
  'terms-effective-before-start': 'rule',
  'terms-effective-after-end': 'rule',
  'terms-unchanged': 'rule',
} as const satisfies Record<string, RefusalKind>;
