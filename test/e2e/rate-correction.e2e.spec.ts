import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/http';
import {
  accepted,
  type LocalProcesses,
  openProcess,
  pledge,
  receive,
  startLocalProcesses,
} from '../support/local-process';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/**
 * EUR/USD for 2 February was recorded as 11.0 for 1.10 and a tranche converted at it; an approver
 * supersedes the rate: that tranche keeps its rate, the next one is converted at the right one.
 */
let local: LocalProcesses;
const P = '/processes/ratefix';
const RATE = `${P}/exchange-rates/EUR/USD/2026-02-02`;
let contributionId: string;

beforeAll(async () => {
  local = await startLocalProcesses(['ratefix'], '2026-02-03T09:00:00.000Z');
  await openProcess(local, 'ratefix');
  await accepted(
    local.officer.post(`${P}/exchange-rates`, {
      base: 'EUR',
      quote: 'USD',
      rate: '11.0',
      date: '2026-02-02',
      source: 'UN operational rate',
    }),
  );
  contributionId = await pledge(local, 'ratefix', { amount: eur(100_000_00) });
  await receive(local, 'ratefix', contributionId, { amount: eur(1_000_00), receivedOn: '2026-02-02' });
}, 120_000);
afterAll(() => local?.runtime.stop());

describe('correcting an exchange rate', () => {
  const body = { rate: '1.10', source: 'UN operational rate', reason: 'Decimal point misplaced' };

  it('is an approver’s act, and the rate shows the one it superseded', async () => {
    expect(await local.officer.post(`${RATE}/corrections`, body)).toMatchObject({ status: 403 });
    expect(
      await local.approver.post(`${P}/exchange-rates/EUR/USD/2026-02-01/corrections`, body),
    ).toMatchObject({
      status: 404,
      body: { error: 'exchange-rate-not-found' },
    });
    expect(await local.approver.post(`${RATE}/corrections`, body)).toMatchObject({
      status: 200,
      body: { base: 'EUR', quote: 'USD', date: '2026-02-02', rate: '1.10' },
    });
    expect((await local.auditor.get(RATE)).body).toMatchObject({
      status: 'recorded',
      rate: { rate: '1.10' },
      superseded: [
        { rate: { rate: '11.0' }, reason: 'Decimal point misplaced', correctedBy: 'finance-approver-1' },
      ],
    });
  });

  it('leaves a conversion already made at its rate, and makes the next at the right one', async () => {
    await accepted(
      local.officer.post(`${P}/contributions/${contributionId}/tranches`, {
        amount: eur(1_000_00),
        receivedOn: '2026-02-02',
      }),
    );
    const { body } = await eventually(
      () => local.auditor.get(`${P}/budget/by-source`),
      (answer) => (answer.body.sources as { tranches: unknown[] }[])?.[0]?.tranches.length === 2,
    );
    expect((body.sources as { tranches: unknown[] }[])[0]?.tranches).toMatchObject([
      { rate: { rate: '11.0' }, budgetAmount: usd(11_000_00) },
      { rate: { rate: '1.10' }, budgetAmount: usd(1_100_00) },
    ]);
  });
});
