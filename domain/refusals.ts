import { appointmentRefusals } from './appointment/refusals';
import { benchmarkRefusals } from './benchmark/refusals';
import { budgetLineRefusals } from './budget-line/refusals';
import { commitmentRefusals } from './commitment/refusals';
import { contributionRefusals } from './contribution/refusals';
import { disbursementRefusals } from './disbursement/refusals';
import { moneyRefusals } from './money';
import { postRefusals } from './post/refusals';
import { processRefusals } from './process/refusals';
import { reviewPointRefusals } from './review-point/refusals';
import { riskRefusals } from './risk/refusals';
import { secondmentRefusals } from './secondment/refusals';

/**
 * What kind of refusal each code is: the thing named does not exist, the state it is in does not
 * allow the command, or a rule of the domain forbids it. The HTTP layer maps kinds to statuses.
 */
export type RefusalKind = 'not-found' | 'conflict' | 'rule';

export const refusals = {
  ...moneyRefusals,
  ...processRefusals,
  ...budgetLineRefusals,
  ...contributionRefusals,
  ...commitmentRefusals,
  ...disbursementRefusals,
  ...appointmentRefusals,
  ...postRefusals,
  ...secondmentRefusals,
  ...benchmarkRefusals,
  ...reviewPointRefusals,
  ...riskRefusals,
} satisfies Record<string, RefusalKind>;

export type RefusalCode = keyof typeof refusals;
