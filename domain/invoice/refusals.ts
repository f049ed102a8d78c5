import type { RefusalKind } from '../refusal-kind';

export const invoiceRefusals = {
  // One invoice is paid once: a second payment while another still stands needs an override.
  'invoice-already-paid': 'conflict',
} as const satisfies Record<string, RefusalKind>;
