import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, eventually } from '../support/http';
import { type LocalProcesses, startLocalProcesses } from '../support/local-process';
import { P, recordedOn, recordViewsStory, usd, type ViewsIds } from '../support/views-process';

/** The forecast over HTTP: the burn rate, personnel by month and the day each source runs out. */
let local: LocalProcesses;
let ids: ViewsIds;
let officer: Caller;

beforeAll(async () => {
  local = await startLocalProcesses(['views'], recordedOn);
  ({ officer } = local);
  ids = await recordViewsStory(local);
}, 120_000);
afterAll(() => local?.runtime.stop());

const asOf = (path: string, day = '2031-06-30') => officer.get(`${P}${path}?asOf=${day}`);

describe('the forecast as of 30 June 2031', () => {
  /** Window March–May 2031; the mandate ends 31 December 2031 (as extended). */
  const forecast = async () => (await asOf('/budget/forecast')).body;
  const byMonth = (...costs: number[]) =>
    ['2031-07', '2031-08', '2031-09', '2031-10', '2031-11', '2031-12'].map((month, i) => ({
      month,
      cost: usd(costs[i] as number),
    }));

  it('names the day, the mandate’s end and the window, and leaves out costs in other currencies', async () => {
    const body = await forecast();
    expect(body).toMatchObject({
      processId: 'views',
      asOf: '2031-06-30',
      currency: 'USD',
      today: '2031-06-30',
      mandateEnd: '2031-12-31',
      window: { from: '2031-03-01', to: '2031-05-31' },
    });
    // The deputy is paid in GBP and officer c in KES: no rate is recorded for GBP/USD nor KES/USD.
    expect(
      (body.personnelNotInBudgetCurrency as { monthlyCost: unknown }[]).map((p) => p.monthlyCost),
    ).toEqual(
      expect.arrayContaining([
        { amount: 5_000_00, currency: 'GBP' },
        { amount: 150_000_00, currency: 'KES' },
      ]),
    );
    expect(body.personnelConverted).toEqual([]);
  });

  it('overall: the lines’ forecasts plus the personnel charged to no line, summed', async () => {
    // No one in this story names a line, so every line keeps its whole burn (13,100 a month: 1,100 +
    // 7,000 + 0 + 5,000) and all personnel are unallocated: 24,000 in the window; July–December 10,000,
    // 14,000 (b starts), 11,000 (a ended), 10,000, 10,000, 10,000 (s1 ended) = 65,000. The lines end at
    // 13,400 − 6,000 + 8,000 + 75,000 = 90,400, less the 65,000: 25,400.
    const body = await forecast();
    expect(body.overall).toEqual({
      available: usd(169_000_00),
      spentInWindow: usd(39_300_00),
      burnRate: usd(13_100_00),
      personnelInWindow: usd(24_000_00),
      otherSpendingRate: usd(13_100_00),
      personnelByMonth: byMonth(10_000_00, 14_000_00, 11_000_00, 10_000_00, 10_000_00, 10_000_00),
      runsOutOn: null,
      daysBeforeMandateEnd: null,
      balanceAtMandateEnd: usd(25_400_00),
    });
    expect(body.unallocated).toMatchObject({
      available: usd(0),
      personnelInWindow: usd(24_000_00),
      otherSpendingRate: usd(0),
      balanceAtMandateEnd: usd(-65_000_00),
    });
  });

  it('the Treasury’s money runs out 42 days before the mandate ends', async () => {
    // Spent 27,000 (April, May): burn 9,000; personnel on it 21,000 (Head 18,000, s1 3,000): other
    // 2,000. Outflow July–September 9,000, October–December 8,000: 35,000 by 31 October; November
    // spends 8,000 ÷ 30 a day, and the 19th takes it past the 5,000 left.
    const body = await forecast();
    expect(
      (body.sources as { fundingSourceId: string }[]).find((s) => s.fundingSourceId === ids.gov),
    ).toEqual({
      fundingSourceId: ids.gov,
      available: usd(40_000_00),
      spentInWindow: usd(27_000_00),
      burnRate: usd(9_000_00),
      personnelInWindow: usd(21_000_00),
      otherSpendingRate: usd(2_000_00),
      personnelByMonth: byMonth(7_000_00, 7_000_00, 7_000_00, 6_000_00, 6_000_00, 6_000_00),
      runsOutOn: '2031-11-19',
      daysBeforeMandateEnd: 42,
      balanceAtMandateEnd: usd(-11_000_00), // 40,000 − (3 × 9,000 + 3 × 8,000)
    });
  });

  it('the European Union’s money runs out 2 days before the mandate ends', async () => {
    // Spent 12,300 (March 9,000, May 3,300): burn 4,100; personnel on it: officer a in May, 3,000:
    // other 3,100. Outflow July 6,100, August 10,100 (a and b), then 7,100: 37,500 by 30 November;
    // December spends 7,100 ÷ 31 a day, and the 29th takes it past the 6,500 left.
    const body = await forecast();
    expect(
      (body.sources as { fundingSourceId: string }[]).find((s) => s.fundingSourceId === ids.eu),
    ).toMatchObject({
      available: usd(44_000_00),
      burnRate: usd(4_100_00),
      personnelInWindow: usd(3_000_00),
      otherSpendingRate: usd(3_100_00),
      personnelByMonth: byMonth(3_000_00, 7_000_00, 4_000_00, 4_000_00, 4_000_00, 4_000_00),
      runsOutOn: '2031-12-29',
      daysBeforeMandateEnd: 2,
      balanceAtMandateEnd: usd(-600_00), // 44,000 − 44,600
    });
  });

  it('per line, at each line’s own burn rate', async () => {
    expect((await forecast()).lines).toMatchObject([
      // May 3,300 ÷ 3 = 1,100 a month; the money back in June falls outside the window.
      {
        lineId: 'COM-RADIO',
        available: usd(20_000_00),
        spentInWindow: usd(3_300_00),
        burnRate: usd(1_100_00),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(13_400_00),
      },
      // 21,000 ÷ 3 = 7,000 a month: 35,000 by 30 November, then 7,000 ÷ 31 a day: the 5th passes 1,000.
      {
        lineId: 'EO-HEAR',
        available: usd(36_000_00),
        spentInWindow: usd(21_000_00),
        burnRate: usd(7_000_00),
        runsOutOn: '2031-12-05',
        daysBeforeMandateEnd: 26,
        balanceAtMandateEnd: usd(-6_000_00),
      },
      // Paid in June only, the current month: no burn yet.
      {
        lineId: 'EO-PRINT',
        available: usd(8_000_00),
        spentInWindow: usd(0),
        burnRate: usd(0),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(8_000_00),
      },
      {
        lineId: 'SEC-STAFF',
        available: usd(105_000_00),
        spentInWindow: usd(15_000_00),
        burnRate: usd(5_000_00),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(75_000_00),
      },
    ]);
  });

  it('is the same from the read models judged on that day (?today=) as from the log as of it', async () => {
    const fromLog = await forecast();
    const sameAsLog = (body: Record<string, unknown>) =>
      isDeepStrictEqual({ ...body, asOf: fromLog.asOf, knownAt: fromLog.knownAt }, fromLog);
    const live = await eventually(
      () => officer.get(`${P}/budget/forecast?today=2031-06-30`),
      (v) => sameAsLog(v.body),
      10_000,
    );
    expect({ ...live.body, asOf: fromLog.asOf, knownAt: fromLog.knownAt }).toEqual(fromLog);
    expect(live.body).toMatchObject({ asOf: null, knownAt: null });
  });

  it('on a day long before 2031: nothing paid in the window, so only personnel go out', async () => {
    // Personnel over 2031: Head 12 × 6,000, a 4 × 3,000, b 5 × 4,000, s1 7 × 1,000, e 2 × 2,000 = 115,000.
    // The Treasury's: Head 72,000 + s1 7,000 + e 4,000 = 83,000 against 40,000: 8,000 in January and
    // February, 7,000 a month from March: 37,000 by 31 May, and 13 June takes it past 40,000.
    const view = await eventually(
      () => officer.get(`${P}/budget/forecast?today=2030-12-31`),
      (v) =>
        (v.body.overall as { available?: { amount: number } } | undefined)?.available?.amount === 169_000_00,
      10_000,
    );
    expect(view.body.overall).toMatchObject({
      burnRate: usd(0),
      runsOutOn: null,
      balanceAtMandateEnd: usd(54_000_00),
    });
    expect(
      (view.body.sources as { fundingSourceId: string }[]).find((s) => s.fundingSourceId === ids.gov),
    ).toMatchObject({
      runsOutOn: '2031-06-13',
      daysBeforeMandateEnd: 201,
      balanceAtMandateEnd: usd(-43_000_00),
    });
  });
});
