import { appointmentRefusals } from './appointment/refusals';
import { benchmarkRefusals } from './benchmark/refusals';
import { budgetDraftRefusals } from './budget-draft/refusals';
import { budgetLineRefusals } from './budget-line/refusals';
import { commitmentRefusals } from './commitment/refusals';
import { contributionRefusals } from './contribution/refusals';
import { currencyPairRefusals } from './currency-pair/refusals';
import { disbursementRefusals } from './disbursement/refusals';
import { invoiceRefusals } from './invoice/refusals';
import { moneyRefusals } from './money-refusals';
import { openingBalanceRefusals } from './opening-balance/refusals';
import { postRefusals } from './post/refusals';
import { processRefusals } from './process/refusals';
import type { RefusalKind } from './refusal-kind';
import { reviewPointRefusals } from './review-point/refusals';
import { riskRefusals } from './risk/refusals';
import { secondmentRefusals } from './secondment/refusals';

export const refusals = {
  ...moneyRefusals,
  ...processRefusals,
  ...budgetLineRefusals,
  ...budgetDraftRefusals,
  ...contributionRefusals,
  ...currencyPairRefusals,
  ...commitmentRefusals,
  ...disbursementRefusals,
  ...invoiceRefusals,
  ...appointmentRefusals,
  ...postRefusals,
  ...secondmentRefusals,
  ...benchmarkRefusals,
  ...reviewPointRefusals,
  ...riskRefusals,
  ...openingBalanceRefusals,
} satisfies Record<string, RefusalKind>;

export type RefusalCode = keyof typeof refusals;
