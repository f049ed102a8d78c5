import { expect } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { type Caller, callerAs } from './http';

/** The ids of one of everything recorded in a seeded process, by the path parameter that names it. */
export type SeededIds = Record<string, string>;

const usd = (amount: number) => ({ amount, currency: 'USD' });
const document = { reference: 'INV-1', sha256: 'a'.repeat(64) };

/**
 * Opens a process and records one of everything in it (a budget line, pledges of two donors, a rate,
 * a commitment, a disbursement, an appointment, a secondment, a benchmark, a review point, a risk and
 * its mitigation), so requests can name records that exist. Answers the ids by path parameter name.
 */
export async function seedProcess(
  runtime: LocalRuntime,
  processId: string,
  donors: readonly [string, string] = ['eu', 'sida'],
): Promise<{ ids: SeededIds; contributions: Record<string, string> }> {
  const as = (sub: string, role: Parameters<typeof callerAs>[2][number]) =>
    callerAs(runtime, sub, [role], { processes: [processId] });
  const [admin, officer, approver, hr, leader] = await Promise.all([
    as('seed-admin', 'admin'),
    as('seed-officer', 'finance-officer'),
    as('seed-approver', 'finance-approver'),
    as('seed-hr', 'hr-officer'),
    as('seed-leader', 'leadership'),
  ]);
  const ok = async (caller: Caller, path: string, body: unknown) => {
    const answer = await caller.post(`/processes/${processId}${path}`, body);
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
    return answer.body as Record<string, string>;
  };
  await ok(admin, '', {
    name: 'Seeded Commission',
    country: 'KE',
    mandateStart: '2026-01-01',
    mandateEnd: '2027-06-30',
    budgetCurrency: 'USD',
    reviewCadenceMonths: 3,
  });
  const line = { lineId: 'L1', unit: 'education-outreach', activity: 'Hearings', costCategory: 'travel' };
  await ok(approver, '/budget-lines', { ...line, amount: usd(100_000_00) });
  const contributions: Record<string, string> = {};
  const tranches: Record<string, string> = {};
  for (const donorId of donors) {
    const { contributionId } = await ok(officer, '/contributions', {
      donorId,
      donorName: `Donor ${donorId}`,
      amount: usd(50_000_00),
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    });
    contributions[donorId] = contributionId as string;
    const { trancheId } = await ok(officer, `/contributions/${contributionId}/tranches`, {
      amount: usd(50_000_00),
      receivedOn: '2026-01-10',
    });
    tranches[donorId] = trancheId as string;
  }
  const source = contributions[donors[0]] as string;
  const rate = { base: 'EUR', quote: 'USD', rate: '1.08', date: '2026-02-01', source: 'UN operational rate' };
  await ok(officer, '/exchange-rates', rate);
  const { commitmentId } = await ok(officer, '/commitments', {
    lineId: 'L1',
    fundingSourceId: source,
    amount: usd(1_000_00),
    description: 'Venue contract',
    supplier: 'Venue Ltd',
  });
  const { disbursementId } = await ok(officer, '/disbursements', {
    lineId: 'L1',
    fundingSourceId: source,
    amount: usd(500_00),
    payee: 'Venue Ltd',
    purpose: 'Deposit',
    supportingDocument: document,
  });
  await ok(approver, `/disbursements/${disbursementId}/approve`, {});
  const { appointmentId } = await ok(hr, '/appointments/secretariat-head', {
    person: { personId: 'head-1', name: 'Amina Odhiambo' },
    contractType: 'civil-service',
    startDate: '2026-02-01',
    endDate: '2027-06-30',
    monthlyCost: usd(5_000_00),
    fundingSourceId: source,
    appointingAuthority: { kind: 'cmb-law-or-decree' },
    accountableTo: 'chairperson',
    accountingOfficer: true,
  });
  const { secondmentId } = await ok(hr, '/secondments', {
    person: { personId: 'sec-1', name: 'Officer One' },
    homeInstitution: 'Ministry of Justice',
    postTitle: 'Legal Researcher',
    unit: 'secretarial-services',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    salary: { borneBy: 'home-institution' },
    reportingLinesToHome: 'Quarterly report to the Principal Secretary',
  });
  const { benchmarkId } = await ok(leader, '/benchmarks', {
    kind: 'process',
    metric: 'Consultative meetings held',
    target: 30,
    dueDate: '2026-12-31',
    owner: { unit: 'education-outreach' },
  });
  const { reviewPointId } = await ok(leader, '/review-points', { date: '2026-04-01', title: 'First review' });
  const { riskId } = await ok(leader, '/risks', {
    category: 'financial',
    title: 'Tranche delayed',
    cause: 'Reporting backlog',
    consequence: 'Hearings suspended',
    owner: 'Deputy, Administration',
  });
  const { mitigationId } = await ok(leader, `/risks/${riskId}/mitigations`, {
    action: 'Submit the report',
    owner: 'Finance',
    dueDate: '2026-03-15',
  });
  const ids: SeededIds = {
    processId,
    lineId: 'L1',
    contributionId: source,
    trancheId: tranches[donors[0]] as string,
    commitmentId: commitmentId as string,
    disbursementId: disbursementId as string,
    appointmentId: appointmentId as string,
    postId: 'secretariat-head',
    secondmentId: secondmentId as string,
    benchmarkId: benchmarkId as string,
    reviewPointId: reviewPointId as string,
    riskId: riskId as string,
    mitigationId: mitigationId as string,
    base: rate.base,
    quote: rate.quote,
    date: rate.date,
  };
  return { ids, contributions };
}
