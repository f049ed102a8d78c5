import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime';
import { invoice } from '../support/builders';
import { type Caller, callerAs, eventually, startRuntime } from '../support/http';

/**
 * One whole story over HTTP, as the Secretariat would live it: a process opened, its leadership
 * appointed and officers seconded, a budget adopted and funded by two restricted pledges received
 * in euros, money spent and corrected, benchmarks set and progressed, risks registered and assessed.
 */
let runtime: LocalRuntime;
let admin: Caller;
let hr: Caller;
let officer: Caller;
let approver: Caller;
let leadership: Caller;
const P = '/processes/story';
const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const ids: Record<string, string> = {};

beforeAll(async () => {
  runtime = await startRuntime();
  const story = { processes: ['story'] };
  [admin, hr, officer, approver, leadership] = await Promise.all([
    callerAs(runtime, 'admin-1', ['admin'], story),
    callerAs(runtime, 'hr-officer-1', ['hr-officer'], story),
    callerAs(runtime, 'finance-officer-1', ['finance-officer'], story),
    callerAs(runtime, 'finance-approver-1', ['finance-approver'], story),
    callerAs(runtime, 'chair-1', ['leadership'], story),
  ]);
});
afterAll(() => runtime?.stop());

const ok = async (answer: Promise<{ status: number; body: Record<string, unknown> }>, status = 201) => {
  const { status: got, body } = await answer;
  expect({ status: got, body }).toMatchObject({ status });
  return body;
};

describe('a constitution-making process, start to finish', () => {
  it('opens the process', async () => {
    await ok(
      admin.post(P, {
        name: 'Constitution Review Commission',
        country: 'KE',
        mandateStart: '2026-01-01',
        mandateEnd: '2027-06-30',
        budgetCurrency: 'USD',
        reviewCadenceMonths: 3,
      }),
    );
  });

  it('adopts the budget and takes two restricted pledges, received in euros', async () => {
    await ok(
      approver.post(`${P}/budget/adoptions`, {
        lines: [
          {
            lineId: 'SEC-STAFF',
            unit: 'secretarial-services',
            activity: 'Research and drafting staff',
            costCategory: 'staff-and-other-personnel',
            amount: usd(300_000_00),
          },
          {
            lineId: 'EO-HEAR',
            unit: 'education-outreach',
            activity: 'Public hearings in 47 counties',
            costCategory: 'travel',
            amount: usd(150_000_00),
          },
          {
            lineId: 'COM-MEDIA',
            unit: 'communications',
            activity: 'Radio and print',
            costCategory: 'contractual-services',
            amount: usd(80_000_00),
          },
          {
            lineId: 'ADM-OPS',
            unit: 'administration',
            activity: 'Office running costs',
            costCategory: 'general-operating-and-direct-costs',
            amount: usd(60_000_00),
          },
        ],
      }),
    );
    const pledge = (donorId: string, donorName: string, units: string[], o: object = {}) =>
      ok(
        officer.post(`${P}/contributions`, {
          donorId,
          donorName,
          amount: eur(200_000_00),
          modality: 'basket-fund',
          restrictions: { units, lineIds: [] },
          reportingFrequency: 'quarterly',
          firstReportDue: '2026-03-31',
          ...o,
        }),
      );
    ids.eu = (await pledge('eu', 'European Union', ['education-outreach', 'communications']))
      .contributionId as string;
    ids.sida = (await pledge('sida', 'Sida', ['secretarial-services', 'administration']))
      .contributionId as string;
    // The Head is in no unit, so only unrestricted money pays for the post.
    ids.government = (
      await pledge('government', 'Government of Kenya', [], {
        amount: usd(100_000_00),
        modality: 'government-budget',
      })
    ).contributionId as string;

    await ok(
      officer.post(`${P}/exchange-rates`, {
        base: 'EUR',
        quote: 'USD',
        rate: '1.08',
        date: '2026-02-01',
        source: 'UN operational rate of exchange',
      }),
    );
    for (const id of [ids.eu, ids.sida])
      await ok(
        officer.post(`${P}/contributions/${id}/tranches`, {
          amount: eur(100_000_00),
          receivedOn: '2026-02-01',
        }),
      );
    expect((await officer.get(`${P}/contributions/${ids.eu}`)).body).toMatchObject({
      received: eur(100_000_00),
      deposited: usd(108_000_00),
    });
  });

  it('appoints the Head and four deputies, and seconds two officers from ministries', async () => {
    const terms = (personId: string, name: string, fundingSourceId: string) => ({
      person: { personId, name },
      contractType: 'civil-service',
      startDate: '2026-02-01',
      endDate: '2027-06-30',
      monthlyCost: usd(5_000_00),
      fundingSourceId,
    });
    await ok(
      hr.post(`${P}/appointments/secretariat-head`, {
        ...terms('head', 'Amina Odhiambo', ids.government as string),
        appointingAuthority: { kind: 'cmb-law-or-decree' },
        accountableTo: 'chairperson',
        accountingOfficer: true,
      }),
    );
    // Each deputy is paid by the donor whose restriction names the unit.
    for (const [unit, source] of [
      ['secretarial-services', ids.sida],
      ['education-outreach', ids.eu],
      ['communications', ids.eu],
      ['administration', ids.sida],
    ] as const)
      await ok(
        hr.post(`${P}/appointments/deputies`, {
          ...terms(`dep-${unit}`, `Deputy ${unit}`, source as string),
          unit,
        }),
      );
    for (const [personId, ministry] of [
      ['sec-1', 'Ministry of Justice'],
      ['sec-2', 'Ministry of Finance'],
    ] as const)
      await ok(
        hr.post(`${P}/secondments`, {
          person: { personId, name: `Officer ${personId}` },
          homeInstitution: ministry,
          postTitle: 'Legal Researcher',
          unit: 'secretarial-services',
          startDate: '2026-03-01',
          endDate: '2026-12-31',
          salary: { borneBy: 'home-institution' },
          reportingLinesToHome: `Quarterly report to the Principal Secretary, ${ministry}`,
        }),
      );
    expect((await hr.get(`${P}/posts/secretariat-head`)).body).toMatchObject({ status: 'filled' });
  });

  it('requests, approves, pays and reverses disbursements, maker and checker apart', async () => {
    const request = (lineId: string, fundingSourceId: string, amount: { amount: number; currency: string }) =>
      ok(
        officer.post(`${P}/disbursements`, {
          lineId,
          fundingSourceId,
          amount,
          ...(amount.currency === 'EUR' ? { rateDate: '2026-02-01' } : {}),
          payee: 'County Hall Services',
          purpose: 'Hearing venues, March',
          supportingDocument: invoice(`INV-${lineId}`),
          requestedOn: '2026-03-02',
        }),
      );
    const hearing = (await request('EO-HEAR', ids.eu as string, eur(10_000_00))).disbursementId as string;
    const printing = (await request('COM-MEDIA', ids.eu as string, usd(5_000_00))).disbursementId as string;

    // Maker and checker apart: the officer who asked cannot approve, even when given the approver's role.
    const makerAsApprover = await callerAs(runtime, 'finance-officer-1', ['finance-approver'], {
      processes: ['story'],
    });
    expect(await makerAsApprover.post(`${P}/disbursements/${hearing}/approve`)).toMatchObject({
      status: 422,
      body: { error: 'maker-cannot-approve' },
    });
    for (const id of [hearing, printing]) {
      await ok(approver.post(`${P}/disbursements/${id}/approve`, { approvedOn: '2026-03-05' }), 200);
      await ok(
        officer.post(`${P}/disbursements/${id}/pay`, {
          paymentReference: `EFT-${id.slice(0, 8)}`,
          paidOn: '2026-03-10',
        }),
        200,
      );
    }
    await ok(
      approver.post(`${P}/disbursements/${printing}/reverse`, {
        reason: 'Invoice paid twice',
        reversedOn: '2026-03-20',
      }),
      200,
    );

    expect((await officer.get(`${P}/contributions/${ids.eu}`)).body).toMatchObject({
      charged: usd(10_800_00),
    });
    const view = await eventually(
      () => leadership.get(`${P}/budget`),
      (v) =>
        (
          v.body.lines as { lineId: string; version: number; disbursed: { amount: number } }[] | undefined
        )?.filter(
          (l) =>
            (l.lineId === 'COM-MEDIA' && l.version === 3 && l.disbursed.amount === 0) ||
            (l.lineId === 'EO-HEAR' && l.disbursed.amount === 10_800_00),
        ).length === 2,
    );
    expect(view.body.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ lineId: 'EO-HEAR', disbursed: usd(10_800_00), available: usd(139_200_00) }),
        expect.objectContaining({ lineId: 'COM-MEDIA', disbursed: usd(0), available: usd(80_000_00) }),
      ]),
    );
  });

  it('sets benchmarks and records progress until one is achieved', async () => {
    const draft = await ok(
      leadership.post(`${P}/benchmarks`, {
        kind: 'output',
        metric: 'First draft of the Constitution produced',
        target: 1,
        dueDate: '2026-12-31',
        owner: { unit: 'secretarial-services' },
      }),
    );
    const meetings = await ok(
      leadership.post(`${P}/benchmarks`, {
        kind: 'process',
        metric: 'Consultative meetings held',
        target: 30,
        dueDate: '2026-09-30',
        owner: { committee: 'Public Participation Committee' },
      }),
    );
    const progress = (value: number, date: string) => ({
      date,
      value,
      evidence: { reference: `Report ${date}` },
      area: 'Mombasa',
    });
    await ok(
      leadership.post(`${P}/benchmarks/${meetings.benchmarkId}/progress`, progress(12, '2026-04-30')),
      200,
    );
    const done = await ok(
      leadership.post(`${P}/benchmarks/${meetings.benchmarkId}/progress`, progress(30, '2026-08-31')),
      200,
    );
    expect(done).toMatchObject({ achieved: true });
    expect((await leadership.get(`${P}/benchmarks/${draft.benchmarkId}`)).body).toMatchObject({
      target: 1,
      version: 1,
    });
    await ok(leadership.post(`${P}/review-points`, { date: '2026-04-01', title: 'First quarterly review' }));
  });

  it('registers and assesses risks, with the rating from the 5×5 rule', async () => {
    const risk = await ok(
      leadership.post(`${P}/risks`, {
        category: 'financial',
        title: 'Second EU tranche delayed',
        cause: 'Donor reporting backlog',
        consequence: 'Public hearings suspended',
        owner: 'Deputy, Administration',
      }),
    );
    const assessed = await ok(
      leadership.post(`${P}/risks/${risk.riskId}/assessments`, {
        kind: 'inherent',
        likelihood: 4,
        impact: 4,
        treatment: 'mitigate',
      }),
      200,
    );
    expect(assessed).toMatchObject({ score: 16, rating: 'high' });
    await ok(
      leadership.post(`${P}/risks/${risk.riskId}/mitigations`, {
        action: 'Submit the overdue report',
        owner: 'Finance',
        dueDate: '2026-03-15',
      }),
    );
  });
});
