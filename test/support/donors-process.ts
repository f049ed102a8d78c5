import { expect } from 'vitest';
import { adoptBudget, type LocalProcesses, openProcess } from './local-process';

/**
 * The process `donors`, where the EU and UNDP fund a budget of two lines; everything is recorded
 * today, with reporting dates counted from it.
 */
export const P = '/processes/donors';
export const usd = (amount: number) => ({ amount, currency: 'USD' });
export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** Days as the handlers see them (UTC): everything below is recorded today. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const now = new Date();
export const today = dayOf(now);
export const yesterday = dayOf(new Date(now.getTime() - 86_400_000));
/** The 15th of last month: always past, and its quarterly successor (the 15th two months on) always ahead. */
export const firstReportDue = dayOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)));
export const secondReportDue = dayOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 15)));
export const daysLate = Math.round((Date.parse(today) - Date.parse(firstReportDue)) / 86_400_000);

/**
 * Records the story: the EU's euro and dollar contributions and UNDP's, each received; a donor-funded
 * officer and a civil servant UNDP pays; d1 and d2 paid from the EU's euros (d2 then reversed), d3
 * paid from its dollars, d4 approved and not yet paid. Answers the ids given, by key.
 */
export async function recordDonorsStory(local: LocalProcesses): Promise<Record<string, string>> {
  const { officer, approver, hr } = local;
  const ids: Record<string, string> = {};
  async function spend(key: string, lineId: string, source: string, amount: object, extra: object = {}) {
    const requested = await officer.post(`${P}/disbursements`, {
      lineId,
      fundingSourceId: source,
      amount,
      payee: `Payee ${key}`,
      purpose: `Purpose ${key}`,
      supportingDocument: { reference: `INV-${key}`, sha256: key.repeat(64).slice(0, 64) },
      ...extra,
    });
    expect(requested.status).toBe(201);
    const id = requested.body.disbursementId as string;
    ids[key] = id;
    expect((await approver.post(`${P}/disbursements/${id}/approve`)).status).toBe(200);
    return id;
  }

  const pay = async (id: string) =>
    expect(
      (
        await officer.post(`${P}/disbursements/${id}/pay`, {
          paymentReference: `EFT-${id.slice(0, 8)}`,
          paidOn: today,
        })
      ).status,
    ).toBe(200);

  await openProcess(local, 'donors', { name: 'Constitutional Review Commission' });
  const line = (lineId: string, unit: string, costCategory: string) => ({
    lineId,
    unit,
    costCategory,
    amount: usd(50_000_00),
  });
  await adoptBudget(local, 'donors', [
    line('COM-1', 'communications', 'contractual-services'),
    line('EO-1', 'education-outreach', 'travel'),
  ]);
  const rate = {
    base: 'EUR',
    quote: 'USD',
    rate: '1.0825',
    date: '2026-02-01',
    source: 'UN operational rate of exchange',
  };
  expect((await officer.post(`${P}/exchange-rates`, rate)).status).toBe(201);

  const pledge = async (key: string, donorId: string, amount: object, o: object) => {
    const answer = await officer.post(`${P}/contributions`, {
      donorId,
      donorName: donorId === 'eu' ? 'European Union' : 'UNDP',
      amount,
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue,
      ...o,
    });
    expect(answer.status).toBe(201);
    ids[key] = answer.body.contributionId as string;
  };
  await pledge('eu', 'eu', eur(100_000_00), {});
  await pledge('eu2', 'eu', usd(20_000_00), {
    modality: 'direct',
    reportingFrequency: 'annual',
    firstReportDue: '2099-12-31',
  });
  await pledge('undp', 'undp', usd(50_000_00), {});
  const receive = (key: string, amount: object) =>
    officer.post(`${P}/contributions/${ids[key]}/tranches`, { amount, receivedOn: '2026-02-01' });
  expect((await receive('eu', eur(40_000_00))).status).toBe(201);
  expect((await receive('eu2', usd(20_000_00))).status).toBe(201);
  expect((await receive('undp', usd(50_000_00))).status).toBe(201);

  const appoint = (personId: string, fundingSourceId: string, o: object) =>
    hr.post(`${P}/appointments`, {
      person: { personId, name: `Officer ${personId}` },
      startDate: '2026-03-01',
      endDate: '2027-06-30',
      monthlyCost: usd(3_500_00),
      fundingSourceId,
      postTitle: 'Civic Education Officer',
      unit: 'education-outreach',
      subFunction: 'public-participation',
      reportsTo: 'Deputy, Education and Outreach',
      ...o,
    });
  const funded = await appoint('per-1', ids.eu ?? '', {
    contractType: 'donor-funded',
    donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
  });
  expect(funded.status).toBe(201);
  ids.appointment = funded.body.appointmentId as string;
  expect((await appoint('per-2', ids.undp ?? '', { contractType: 'civil-service' })).status).toBe(201);

  // d1 USD 10,000.00 and d2 EUR 2,000.00 (at 1.0825: USD 2,165.00) paid from the EU's euros, d2 then
  // reversed; d3 USD 1,500.00 paid from its dollars; d4 USD 3,000.00 approved and not yet paid.
  await pay(await spend('1', 'COM-1', ids.eu ?? '', usd(10_000_00)));
  const d2 = await spend('2', 'COM-1', ids.eu ?? '', eur(2_000_00), { rateDate: '2026-02-01' });
  await pay(d2);
  expect(
    (
      await approver.post(`${P}/disbursements/${d2}/reverse`, {
        reason: 'Invoice paid twice',
        reversedOn: today,
      })
    ).status,
  ).toBe(200);
  await pay(await spend('3', 'EO-1', ids.eu2 ?? '', usd(1_500_00)));
  await spend('4', 'EO-1', ids.eu ?? '', usd(3_000_00));
  return ids;
}
