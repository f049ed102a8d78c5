import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { seconded, staffAppointed } from '../../test/support/staffing-builders';
import { appointmentRow, secondmentRow } from '../../test/support/staffing-rows';
import { lineRow } from '../../test/support/view-rows';
import { budgetForecast } from './budget-forecast';
import type { Forecast } from './forecast';
import type { FundingSourceRow } from './funding-sources';
import type { MandateRow } from './mandate';
import { recordPayment } from './spending';

const mandate: MandateRow = {
  processId: 'p1',
  name: 'Constitution Review Commission',
  mandateStart: '2026-01-01',
  mandateEnd: '2026-12-31',
  budgetCurrency: 'USD',
  reviewCadenceMonths: 3,
  extensions: 0,
  independenceThresholdPercent: null,
  version: 1,
};

const source = (fundingSourceId: string, available: number): FundingSourceRow =>
  ({ fundingSourceId, available: usd(available), spending: {} }) as FundingSourceRow;

const appointment = (
  id: string,
  fundingSourceId: string,
  monthly: number,
  endDate: string | null,
  lineId: string | null = null,
) =>
  appointmentRow(
    staffAppointed({
      appointmentId: id,
      person: { personId: id, name: id },
      fundingSourceId,
      lineId,
      monthlyCost: { amount: monthly, currency: id === 'kes' ? 'KES' : 'USD' },
      startDate: '2026-01-01',
      endDate: endDate ?? undefined,
    }),
  );

const secondee = secondmentRow(
  seconded({
    secondmentId: 's-1',
    person: { personId: 's-1', name: 's-1' },
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    salary: { borneBy: 'process-budget', monthlyCost: usd(1_000_00) },
  }),
);

/**
 * Today 2026-06-30, nothing paid in the window: the only outflow is personnel, July to December.
 * The Head (6,000.00, gov, open-ended: to the mandate's end, on no line), an officer (3,000.00, eu, to
 * September, charged to line B), a secondee the process pays (1,000.00, no source, no line), and an
 * officer paid in KES (left out).
 */
const result = budgetForecast({
  today: '2026-06-30',
  mandate,
  lines: [lineRow('A', { allocatedAmount: 60_000_00 }), lineRow('B', { allocatedAmount: 40_000_00 })],
  sources: [source('gov', 50_000_00), source('eu', 20_000_00)],
  staff: [
    appointment('head', 'gov', 6_000_00, null),
    appointment('officer', 'eu', 3_000_00, '2026-09-30', 'B'),
    appointment('kes', 'gov', 150_000_00, null),
    secondee,
  ],
  rates: [],
});

describe('the budget forecast', () => {
  it('counts every person paid in the budget currency in the overall forecast', () => {
    // 100,000.00 − (6 × 6,000.00 + 3 × 3,000.00 + 6 × 1,000.00) = 49,000.00
    expect(result.overall).toMatchObject({ available: usd(100_000_00), balanceAtMandateEnd: usd(49_000_00) });
    expect(result.overall.personnelByMonth[0]).toEqual({ month: '2026-07', cost: usd(10_000_00) });
  });

  it('counts in a source’s forecast the people whose appointment names it', () => {
    // gov: 50,000.00 − 6 × 6,000.00 = 14,000.00; eu: 20,000.00 − 3 × 3,000.00 = 11,000.00
    expect(result.sources.map((s) => [s.fundingSourceId, s.balanceAtMandateEnd.amount])).toEqual([
      ['gov', 14_000_00],
      ['eu', 11_000_00],
    ]);
  });

  it('counts in a line’s forecast the people charged to it, and the others as unallocated', () => {
    // A: 60,000.00, no one; B: 40,000.00 − 3 × 3,000.00 = 31,000.00; on no line: the Head's 6 × 6,000.00
    // and the secondee's 6 × 1,000.00, with nothing available: −42,000.00.
    expect(result.lines.map((l) => [l.lineId, l.balanceAtMandateEnd.amount])).toEqual([
      ['A', 60_000_00],
      ['B', 31_000_00],
    ]);
    expect(result.lines[1]?.personnelByMonth[0]).toEqual({ month: '2026-07', cost: usd(3_000_00) });
    expect(result.unallocated).toMatchObject({
      available: usd(0),
      balanceAtMandateEnd: usd(-42_000_00),
      personnelByMonth: expect.arrayContaining([{ month: '2026-07', cost: usd(7_000_00) }]),
    });
  });

  it('keeps a line’s other spending in the overall when payroll is not paid through disbursements', () => {
    // Line A pays 3,000.00 a month of hearings; the Head (6,000.00, on no line) is paid outside
    // disbursements. Taking the Head's pay out of all spending would leave no other spending at all.
    const hearings = [3, 4, 5].reduce(
      (spending, month) => recordPayment(spending, `2026-0${month}-15`, usd(3_000_00)),
      {},
    );
    const forecast = budgetForecast({
      today: '2026-06-30',
      mandate,
      lines: [lineRow('A', { allocatedAmount: 60_000_00, spending: hearings })],
      sources: [],
      staff: [appointment('head', 'gov', 6_000_00, null)],
      rates: [],
    });
    expect(forecast.overall).toMatchObject({
      otherSpendingRate: usd(3_000_00),
      // 60,000.00 − 6 × (3,000.00 + 6,000.00)
      balanceAtMandateEnd: usd(6_000_00),
    });
  });

  it('lists the people left out for being paid in another currency, and the window and mandate it used', () => {
    expect(result.personnelNotInBudgetCurrency.map((cost) => cost.id)).toEqual(['appointment#kes']);
    expect(result).toMatchObject({
      today: '2026-06-30',
      mandateEnd: '2026-12-31',
      window: { from: '2026-03-01', to: '2026-05-31' },
    });
  });
});

/** The amounts a forecast shows, which the overall must be the sum of. */
const amounts = (f: Forecast) => [
  f.available.amount,
  f.spentInWindow.amount,
  f.burnRate.amount,
  f.personnelInWindow.amount,
  f.otherSpendingRate.amount,
  f.balanceAtMandateEnd.amount,
  ...f.personnelByMonth.map((m) => m.cost.amount),
];

describe('the overall forecast and the per-line ones', () => {
  const day = fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ month, day }) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const lineIds = ['A', 'B', 'C'];
  const line = fc.record({
    allocated: fc.integer({ min: 0, max: 100_000_00 }),
    payments: fc.array(fc.tuple(day, fc.integer({ min: 1, max: 20_000_00 })), { maxLength: 6 }),
  });
  const person = fc.record({
    monthly: fc.integer({ min: 1, max: 10_000_00 }),
    lineId: fc.constantFrom<string | null>(null, ...lineIds),
    ends: fc.option(day, { nil: null }),
  });

  it('agree: the overall is the sum of the lines and what is charged to none, amount by amount', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: lineIds.length, maxLength: lineIds.length }),
        fc.array(person, { maxLength: 6 }),
        day,
        (lines, people, today) => {
          const forecast = budgetForecast({
            today,
            mandate,
            lines: lines.map(({ allocated, payments }, i) =>
              lineRow(lineIds[i] as string, {
                allocatedAmount: allocated,
                spending: payments.reduce(
                  (spending, [on, amount]) => recordPayment(spending, on, usd(amount)),
                  {},
                ),
              }),
            ),
            sources: [],
            staff: people.map(({ monthly, lineId, ends }, i) =>
              appointment(`a${i}`, 'gov', monthly, ends, lineId),
            ),
            rates: [],
          });
          const summed = [...forecast.lines, forecast.unallocated]
            .map(amounts)
            .reduce((total, part) => total.map((value, i) => value + (part[i] as number)));
          expect(amounts(forecast.overall)).toEqual(summed);
        },
      ),
    );
  });
});
