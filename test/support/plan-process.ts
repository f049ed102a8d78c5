import { expect } from 'vitest';
import { addDays } from '../../domain/calendar';
import type { Caller } from './http';
import { type LocalProcesses, openProcess } from './local-process';

/**
 * Benchmarks start on the day they are set (the clock's day) and progress cannot be dated later than
 * the day it is recorded, so every date here is counted from today, S, and the views are asked about
 * day S + 60 through `?today=`.
 */
export const S = new Date().toISOString().slice(0, 10);
export const on = (days: number) => addDays(S, days);
export const T = on(60);
export const usd = (amount: number) => ({ amount, currency: 'USD' });
const evidence = { reference: 'Minutes of the committee', sha256: 'cd'.repeat(32) };

/**
 * Records the process `p1`: a mandate of 300 days, a paid disbursement, four benchmarks and two review
 * points, the Head (leadership) setting them. Answers the benchmarks' ids by name, and the government's
 * source, which pays for whatever the story's specs add.
 */
export async function recordPlanStory(
  local: LocalProcesses,
  head: Caller,
): Promise<{ benchmarkIds: Record<string, string>; government: string }> {
  const { officer, approver } = local;
  const benchmarkIds: Record<string, string> = {};
  async function setBenchmark(name: string, body: Record<string, unknown>, progress?: number) {
    const set = await head.post('/processes/p1/benchmarks', body);
    expect(set.status).toBe(201);
    benchmarkIds[name] = set.body.benchmarkId as string;
    if (progress !== undefined) {
      const recorded = await head.post(`/processes/p1/benchmarks/${set.body.benchmarkId}/progress`, {
        date: S,
        value: progress,
        evidence,
      });
      expect(recorded.status).toBe(200);
    }
  }

  // A mandate of 300 days, 30 of them gone when the benchmarks are set: on day S + 60, 90 of 300.
  await openProcess(local, 'p1', {
    mandateStart: on(-30),
    mandateEnd: on(270),
  });

  // 10,000.00 disbursed (paid) of a 40,000.00 budget.
  const pledge = await officer.post('/processes/p1/contributions', {
    donorId: 'government',
    donorName: 'Treasury',
    amount: usd(200_000_00),
    modality: 'government-budget',
    reportingFrequency: 'quarterly',
    firstReportDue: on(90),
  });
  await officer.post(`/processes/p1/contributions/${pledge.body.contributionId}/tranches`, {
    amount: usd(200_000_00),
    receivedOn: S,
  });
  await approver.post('/processes/p1/budget-lines', {
    lineId: 'EO-1',
    unit: 'education-outreach',
    activity: 'Public hearings',
    costCategory: 'travel',
    amount: usd(40_000_00),
  });
  const requested = await officer.post('/processes/p1/disbursements', {
    lineId: 'EO-1',
    fundingSourceId: pledge.body.contributionId,
    amount: usd(10_000_00),
    payee: 'Venue Ltd',
    purpose: 'Halls for the hearings',
    supportingDocument: { reference: 'QUOTE-17', sha256: 'b'.repeat(64) },
  });
  expect(
    (await approver.post(`/processes/p1/disbursements/${requested.body.disbursementId}/approve`)).status,
  ).toBe(200);
  expect(
    (
      await officer.post(`/processes/p1/disbursements/${requested.body.disbursementId}/pay`, {
        paymentReference: 'EFT-17',
        paidOn: S,
      })
    ).status,
  ).toBe(200);

  const owner = { unit: 'education-outreach' };
  await setBenchmark('hearings', {
    kind: 'process',
    metric: 'Public hearings held',
    target: 10,
    dueDate: on(30),
    owner,
  });
  await setBenchmark(
    'areas',
    { kind: 'process', metric: 'Counties covered', target: 5, dueDate: on(90), owner },
    5,
  );
  await setBenchmark(
    'meetings',
    { kind: 'process', metric: 'Consultative meetings held', target: 30, dueDate: on(120), owner },
    10,
  );
  await setBenchmark('draft', {
    kind: 'output',
    metric: 'First draft produced',
    target: 1,
    dueDate: on(180),
    owner: { unit: 'secretarial-services' },
  });

  await head.post('/processes/p1/review-points', { date: on(10), title: 'Inception review' });
  await head.post('/processes/p1/review-points', { date: on(75), title: 'First quarter review' });
  return { benchmarkIds, government: pledge.body.contributionId as string };
}
