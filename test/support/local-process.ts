import { expect } from 'vitest';
import type { Role } from '../../functions/access/roles';
import type { LocalRuntime } from '../../local/runtime';
import { type Answer, type Caller, callerAs, startRuntime } from './http';

/** The people the e2e stories act as, one per role. */
const cast = {
  admin: { sub: 'admin-1', roles: ['admin'] },
  officer: { sub: 'finance-officer-1', roles: ['finance-officer'] },
  approver: { sub: 'finance-approver-1', roles: ['finance-approver'] },
  hr: { sub: 'hr-officer-1', roles: ['hr-officer'] },
  leadership: { sub: 'chair-1', roles: ['leadership'] },
  auditor: { sub: 'auditor-1', roles: ['auditor'] },
} as const satisfies Record<string, { sub: string; roles: readonly Role[] }>;

/**
 * A local runtime of a spec file's own, and a caller for each of the cast, members of the processes
 * named; `as` signs in someone else to the same processes.
 */
export interface LocalProcesses extends Record<keyof typeof cast, Caller> {
  readonly runtime: LocalRuntime;
  as(sub: string, roles: readonly Role[]): Promise<Caller>;
}

export async function startLocalProcesses(
  processes: readonly string[],
  startsAt?: string | (() => Date),
): Promise<LocalProcesses> {
  const runtime = await startRuntime(startsAt);
  const as = (sub: string, roles: readonly Role[]) => callerAs(runtime, sub, roles, { processes });
  const [admin, officer, approver, hr, leadership, auditor] = await Promise.all(
    Object.values(cast).map(({ sub, roles }) => as(sub, roles)),
  );
  return { runtime, as, admin, officer, approver, hr, leadership, auditor } as LocalProcesses;
}

/** Passes an answer of the status expected through, naming its body when the status is another. */
export async function accepted(answer: Promise<Answer>, status = 201): Promise<Record<string, unknown>> {
  const { status: got, body } = await answer;
  expect({ status: got, body }).toMatchObject({ status });
  return body;
}

/** What opening a process asks for; each story overrides the terms it depends on. */
export interface ProcessTerms {
  readonly name: string;
  readonly country: string;
  readonly mandateStart: string;
  readonly mandateEnd: string;
  readonly budgetCurrency: string;
  readonly reviewCadenceMonths: number;
}

/** Opens the process as the administrator. */
export async function openProcess(
  local: LocalProcesses,
  processId: string,
  terms: Partial<ProcessTerms> = {},
): Promise<void> {
  await accepted(
    local.admin.post(`/processes/${processId}`, {
      name: 'Constitution Review Commission',
      country: 'KE',
      mandateStart: '2026-01-01',
      mandateEnd: '2027-06-30',
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
      ...terms,
    }),
  );
}

export interface BudgetLineTerms {
  readonly lineId: string;
  readonly unit: string;
  readonly costCategory: string;
  readonly amount: { readonly amount: number; readonly currency: string };
}

/** Adopts the budget as the finance approver (their own act, no draft), each line's activity named after it. */
export async function adoptBudget(
  local: LocalProcesses,
  processId: string,
  lines: readonly BudgetLineTerms[],
): Promise<void> {
  await accepted(
    local.approver.post(`/processes/${processId}/budget/adoptions`, {
      lines: lines.map(({ lineId, unit, costCategory, amount }) => ({
        lineId,
        unit,
        activity: `Activity ${lineId}`,
        costCategory,
        amount,
      })),
    }),
  );
}

export interface PledgeTerms {
  readonly donorId: string;
  readonly donorName: string;
  readonly amount: { readonly amount: number; readonly currency: string };
  readonly modality: string;
  readonly reportingFrequency: string;
  readonly firstReportDue: string;
}

/** Records a pledge as the finance officer, the EU's basket fund reporting quarterly unless told otherwise; answers its contribution id. */
export async function pledge(
  local: LocalProcesses,
  processId: string,
  terms: Partial<PledgeTerms> & Pick<PledgeTerms, 'amount'>,
): Promise<string> {
  const pledged = await accepted(
    local.officer.post(`/processes/${processId}/contributions`, {
      donorId: 'eu',
      donorName: 'European Union',
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
      ...terms,
    }),
  );
  return pledged.contributionId as string;
}

/** Records a tranche received on a day as the finance officer; answers its tranche id. */
export async function receive(
  local: LocalProcesses,
  processId: string,
  contributionId: string,
  tranche: { readonly amount: PledgeTerms['amount']; readonly receivedOn: string },
): Promise<string> {
  const received = await accepted(
    local.officer.post(`/processes/${processId}/contributions/${contributionId}/tranches`, tranche),
  );
  return received.trancheId as string;
}
