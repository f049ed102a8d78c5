import type { RefusalKind } from '../refusal-kind';

export const currencyPairRefusals = {
  'rate-far-from-last': 'rule',
} as const satisfies Record<string, RefusalKind>;
