import type { RefusalKind } from './refusal-kind';

/**
 * Past 2^53 a number no longer holds every integer, so a sum, a conversion or a forecast that gets
 * there is refused with its own code (422), never rounded and never a 500. A fraction is a bug.
 */
export const moneyRefusals = { 'amount-out-of-range': 'rule' } as const satisfies Record<string, RefusalKind>;
