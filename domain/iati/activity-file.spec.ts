import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../events/envelope';
import { eventLog } from '../../test/support/event-log';
import { iatiStory } from '../../test/support/iati-story';
import { processOpened } from '../../test/support/staffing-builders';
import { type IatiRequest, iatiActivityFile, type XmlElement } from './activity-file';
import { apportion, budgetPeriods } from './budget-periods';

const story = iatiStory();
const fileOf = (log: readonly StoredEvent[], request: Partial<IatiRequest> = {}): XmlElement => {
  const outcome = iatiActivityFile(log, {
    processId: 'p1',
    generatedAt: '2026-04-15T07:00:00.000Z',
    ...request,
  });
  if (!outcome.found) throw new Error(outcome.missing);
  return outcome.file.children?.[0] as XmlElement;
};
const named = (element: XmlElement, name: string) => (element.children ?? []).filter((c) => c.name === name);
const attribute = (element: XmlElement | undefined, name: string) => element?.attributes?.[name];
const statusOf = (activity: XmlElement) => attribute(named(activity, 'activity-status')[0], 'code');
const datesOf = (activity: XmlElement) =>
  named(activity, 'activity-date').map((d) => [attribute(d, 'type'), attribute(d, 'iso-date')]);
const amountOf = (element: XmlElement) => named(element, 'value')[0]?.text;
const transactions = (activity: XmlElement) =>
  named(activity, 'transaction').map((t) => [
    attribute(t, 'ref'),
    attribute(named(t, 'transaction-type')[0], 'code'),
    attribute(named(t, 'transaction-date')[0], 'iso-date'),
    amountOf(t),
  ]);

/** A process in Nairobi whose mandate runs through 2026, with one pledge never received. */
function pledgedOnly(modality: 'basket-fund' | 'government-budget' = 'basket-fund') {
  const log = eventLog('p1');
  log.append(
    'process',
    'p1',
    processOpened({
      processId: 'p1',
      name: 'Constitution Review Commission',
      mandateEnd: '2026-12-31',
      timeZone: 'Africa/Nairobi',
      openedBy: 'admin',
      openedAt: '2026-01-01T08:00:00.000Z',
    }),
    '2026-01-01T08:00:00.000Z',
  );
  log.append(
    'contribution',
    'c-gov',
    {
      type: 'ContributionPledged',
      data: {
        contributionId: 'c-gov',
        donorId: 'government',
        donorName: 'Treasury',
        amount: { amount: 10_000_00, currency: 'USD' },
        budgetCurrency: 'USD',
        modality,
        restrictions: { units: [], lineIds: [] },
        reportingFrequency: 'quarterly',
        firstReportDue: '2026-03-31',
        pledgedBy: 'fo-1',
        pledgedAt: '2026-01-02T08:00:00.000Z',
      },
    },
    '2026-01-02T08:00:00.000Z',
  );
  return log.inRecordedOrder();
}

describe('the activity’s status and dates', () => {
  it('is in the pipeline before the mandate starts, with planned dates only', () => {
    const activity = fileOf(story, { generatedAt: '2025-12-31T12:00:00.000Z' });
    expect(statusOf(activity)).toBe('1');
    expect(datesOf(activity)).toEqual([
      ['1', '2026-01-01'],
      ['3', '2027-06-30'],
    ]);
  });

  it('is in implementation while the mandate runs, started on its first day', () => {
    const activity = fileOf(story);
    expect(statusOf(activity)).toBe('2');
    expect(datesOf(activity)).toEqual([
      ['1', '2026-01-01'],
      ['2', '2026-01-01'],
      ['3', '2027-06-30'],
    ]);
  });

  it('is in finalisation after the mandate while money is left, ended on its last day', () => {
    // 21:30 UTC on 30 June 2027 is already 1 July in Nairobi.
    const activity = fileOf(story, { generatedAt: '2027-06-30T21:30:00.000Z' });
    expect(statusOf(activity)).toBe('3');
    expect(datesOf(activity).at(-1)).toEqual(['4', '2027-06-30']);
  });

  it('is closed after the mandate once no contribution holds any money', () => {
    expect(statusOf(fileOf(pledgedOnly(), { generatedAt: '2027-01-05T08:00:00.000Z' }))).toBe('4');
  });

  it('is told as on the period’s last day when that comes before today', () => {
    const activity = fileOf(pledgedOnly(), { generatedAt: '2027-01-05T08:00:00.000Z', to: '2026-06-30' });
    expect(statusOf(activity)).toBe('2');
  });
});

describe('who takes part', () => {
  it('names every donor as funding and the Secretariat as implementing; the government as a government', () => {
    const orgs = (activity: XmlElement) =>
      named(activity, 'participating-org').map((o) => [
        attribute(o, 'role'),
        attribute(o, 'type'),
        o.children?.[0]?.text,
      ]);
    expect(orgs(fileOf(story))).toEqual([
      ['1', undefined, 'European Union'],
      ['1', undefined, 'UNDP'],
      ['4', '15', 'Secretariat of the Constitution Review Commission'],
    ]);
    expect(orgs(fileOf(pledgedOnly('government-budget')))[0]).toEqual(['1', '10', 'Treasury']);
  });

  it('names in a donor’s file that donor only', () => {
    const funders = named(fileOf(story, { donorId: 'eu' }), 'participating-org').filter(
      (o) => attribute(o, 'role') === '1',
    );
    expect(funders.map((o) => o.children?.[0]?.text)).toEqual(['European Union']);
  });
});

describe('the budget', () => {
  it('is the lines as adopted, then as revised, each shared over the mandate’s years by their days', () => {
    const budgets = named(fileOf(story), 'budget').map((b) => [
      attribute(b, 'type'),
      attribute(named(b, 'period-start')[0], 'iso-date'),
      attribute(named(b, 'period-end')[0], 'iso-date'),
      amountOf(b),
      attribute(named(b, 'value')[0], 'value-date'),
    ]);
    // 182,000.00 over 546 days: 365 in 2026 (121,666.66…, rounded down), the rest in 2027; 191,000.00 likewise.
    expect(budgets).toEqual([
      ['1', '2026-01-01', '2026-12-31', '121666.66', '2026-01-02'],
      ['1', '2027-01-01', '2027-06-30', '60333.34', '2026-01-02'],
      // Valued on the revision's value date, 6 February, though it was recorded on the 10th.
      ['2', '2026-01-01', '2026-12-31', '127683.15', '2026-02-06'],
      ['2', '2027-01-01', '2027-06-30', '63316.85', '2026-02-06'],
    ]);
  });

  it('has no revised budget while no line was revised, and none at all before a line is adopted', () => {
    const beforeRevision = fileOf(story, { to: '2026-02-09' });
    expect(named(beforeRevision, 'budget').map((b) => attribute(b, 'type'))).toEqual(['1', '1']);
    expect(named(fileOf(pledgedOnly()), 'budget')).toEqual([]);
  });

  it('cuts a mandate into periods of a year at most, from its start, 29 February going on to 1 March', () => {
    expect(budgetPeriods('2028-02-29', '2030-01-10')).toEqual([
      { start: '2028-02-29', end: '2029-02-28' },
      { start: '2029-03-01', end: '2030-01-10' },
    ]);
    expect(budgetPeriods('2026-01-01', '2026-03-31')).toEqual([{ start: '2026-01-01', end: '2026-03-31' }]);
  });

  it('shares an amount over periods in whole minor units that add up to it exactly', () => {
    const periods = budgetPeriods('2026-01-01', '2028-06-30');
    const shares = apportion({ amount: 1_000_01, currency: 'USD' }, periods);
    expect(shares.reduce((sum, s) => sum + s.amount, 0)).toBe(1_000_01);
    // 912 days: 100,001 × 365 ÷ 912 = 40,022.8…; × 730 ÷ 912 = 80,044.6…, less 40,022; the rest, 19,957.
    expect(shares.map((s) => s.amount)).toEqual([40_022, 40_022, 19_957]);
  });
});

describe('the transactions', () => {
  it('are the audit report’s entries and the commitments, by date: reversals and releases negative', () => {
    expect(transactions(fileOf(story, { donorId: 'eu' }))).toEqual([
      ['t1', '1', '2026-01-10', '43300.00'],
      ['t2', '1', '2026-01-12', '20000.00'],
      ['d1', '3', '2026-01-25', '10000.00'],
      ['d2', '3', '2026-02-05', '2200.00'],
      ['d4', '3', '2026-02-17', '1500.00'],
      ['t3', '1', '2026-02-20', '11000.00'],
      ['d2', '3', '2026-03-02', '-2200.00'],
      ['d5', '3', '2026-03-07', '5500.00'],
      ['k1', '2', '2026-03-10', '5000.00'],
      ['k1', '2', '2026-03-14', '-1000.00'],
    ]);
  });

  it('of a period are its audit report’s entries and the commitments raised or released in it', () => {
    // The release dated the 14th was recorded on the 20th: not yet known when the period closed.
    expect(transactions(fileOf(story, { donorId: 'eu', from: '2026-03-01', to: '2026-03-15' }))).toEqual([
      ['d2', '3', '2026-03-02', '-2200.00'],
      ['d5', '3', '2026-03-07', '5500.00'],
      ['k1', '2', '2026-03-10', '5000.00'],
    ]);
  });

  it('say where the money came from and went, and what it was for', () => {
    const [t1, , d1] = named(fileOf(story, { donorId: 'eu' }), 'transaction');
    const parts = (t: XmlElement | undefined) =>
      ['description', 'provider-org', 'receiver-org'].map(
        (name) => named(t as XmlElement, name)[0]?.children?.[0]?.text,
      );
    expect(parts(t1)).toEqual([
      'Tranche t1 of contribution c-eu: EUR 40000.00 at EUR/USD 1.0825',
      'European Union',
      'Secretariat of the Constitution Review Commission',
    ]);
    expect(parts(d1)).toEqual([
      'Purpose of d1',
      'Secretariat of the Constitution Review Commission',
      'Payee of d1',
    ]);
  });
});

describe('the results', () => {
  it('make each benchmark an indicator: baseline when set, target by its due date, the value last recorded', () => {
    const [result] = named(fileOf(story), 'result');
    const indicator = named(result as XmlElement, 'indicator')[0] as XmlElement;
    expect(attribute(indicator, 'measure')).toBe('1');
    expect(named(indicator, 'baseline')[0]?.attributes).toEqual({
      year: '2026',
      'iso-date': '2026-01-03',
      value: '0',
    });
    const period = named(indicator, 'period')[0] as XmlElement;
    expect(period.children?.map((c) => [c.name, c.attributes])).toEqual([
      ['period-start', { 'iso-date': '2026-01-03' }],
      ['period-end', { 'iso-date': '2026-09-30' }],
      ['target', { value: '47' }],
      ['actual', { value: '12' }],
    ]);
  });

  it('show no actual before any progress is recorded', () => {
    const [result] = named(fileOf(story, { to: '2026-03-14' }), 'result');
    const period = named(named(result as XmlElement, 'indicator')[0] as XmlElement, 'period')[0];
    expect(period?.children?.map((c) => c.name)).toEqual(['period-start', 'period-end', 'target']);
  });
});

describe('a file of nothing', () => {
  it('is refused for a process never opened, and for a donor with no pledge', () => {
    const request = { processId: 'p1', generatedAt: '2026-04-15T07:00:00.000Z' };
    expect(iatiActivityFile([], request)).toEqual({ found: false, missing: 'process-not-found' });
    expect(iatiActivityFile(story, { ...request, donorId: 'nobody' })).toEqual({
      found: false,
      missing: 'donor-not-found',
    });
  });
});
