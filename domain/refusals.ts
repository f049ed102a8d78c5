import { budgetLineRefusals } from './budget-line/refusals';
import { disbursementRefusals } from './disbursement/refusals';
import { processRefusals } from './process/refusals';

/**
 * What kind of refusal each code is: the thing named does not exist, the state it is in does not
 * allow the command, or a rule of the domain forbids it. The HTTP layer maps kinds to statuses.
 */
export type RefusalKind = 'not-found' | 'conflict' | 'rule';

export const refusals = {
  ...processRefusals,
  ...budgetLineRefusals,
  ...disbursementRefusals,
} satisfies Record<string, RefusalKind>;

export type RefusalCode = keyof typeof refusals;
