import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../support/http';
import { accepted, type LocalProcesses, openProcess, startLocalProcesses } from '../support/local-process';

/**
 * Personnel costed in another currency than the budget's, over HTTP: the forecast counts them at the
 * pair's latest recorded rate and names it; with no rate for the pair they stay apart.
 */
const P = '/processes/fx';
let local: LocalProcesses;

beforeAll(async () => {
  local = await startLocalProcesses(['fx'], '2026-06-30T08:00:00.000Z');
  await openProcess(local, 'fx', { mandateEnd: '2026-12-31' });
  const { contributionId } = await accepted(
    local.officer.post(`${P}/contributions`, {
      donorId: 'government',
      donorName: 'Treasury',
      amount: { amount: 1_000_000_00, currency: 'USD' },
      modality: 'government-budget',
      reportingFrequency: 'quarterly',
      firstReportDue: '2026-03-31',
    }),
  );
  const rate = (rate: string, date: string) =>
    accepted(
      local.officer.post(`${P}/exchange-rates`, {
        base: 'USD',
        quote: 'KES',
        rate,
        date,
        source: 'UN operational rate of exchange',
      }),
    );
  await rate('125', '2026-03-01');
  await rate('130', '2026-06-01');
  const officer = (personId: string, monthlyCost: object) =>
    accepted(
      local.hr.post(`${P}/appointments`, {
        person: { personId, name: `Person ${personId}` },
        contractType: 'civil-service',
        startDate: '2026-07-01',
        endDate: '2026-12-31',
        monthlyCost,
        fundingSourceId: contributionId,
        postTitle: `Officer ${personId}`,
        unit: 'secretarial-services',
        subFunction: 'research',
        reportsTo: 'Deputy, Secretarial Services',
      }),
    );
  await officer('kes', { amount: 150_000_00, currency: 'KES' });
  await officer('gbp', { amount: 1_000_00, currency: 'GBP' });
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('personnel in another currency in the forecast, over HTTP', () => {
  it('counts a KES salary at the pair’s latest rate, naming it, and keeps a GBP one apart for want of a rate', async () => {
    // Both appointments and the later rate may still be on their way to the read models: wait for all.
    const { body } = await settled(
      () => local.officer.get(`${P}/budget/forecast?today=2026-06-30`),
      (answer) => {
        expect(answer.body.personnelConverted).toMatchObject([
          { converted: { rate: { date: '2026-06-01' } } },
        ]);
        expect(answer.body.personnelNotInBudgetCurrency).toHaveLength(1);
      },
    );
    // KES 150,000.00 at USD/KES 130 (1 June, recorded after 125 of 1 March) = USD 1,153.85 a month.
    expect(body.personnelConverted).toMatchObject([
      {
        person: { personId: 'kes' },
        monthlyCost: { amount: 1_153_85, currency: 'USD' },
        converted: {
          monthlyCost: { amount: 150_000_00, currency: 'KES' },
          rate: { base: 'USD', quote: 'KES', rate: '130', date: '2026-06-01' },
        },
      },
    ]);
    expect(body.personnelNotInBudgetCurrency).toMatchObject([
      { person: { personId: 'gbp' }, monthlyCost: { amount: 1_000_00, currency: 'GBP' } },
    ]);
    expect((body.overall as { personnelByMonth: unknown[] }).personnelByMonth[0]).toEqual({
      month: '2026-07',
      cost: { amount: 1_153_85, currency: 'USD' },
    });
  });
});
