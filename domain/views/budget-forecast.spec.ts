import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { seconded, staffAppointed } from '../../test/support/staffing-builders';
import { appointmentRow, secondmentRow } from '../../test/support/staffing-rows';
import { lineRow } from '../../test/support/view-rows';
import { budgetForecast } from './budget-forecast';
import type { FundingSourceRow } from './funding-sources';
import type { MandateRow } from './mandate';

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

const appointment = (id: string, fundingSourceId: string, monthly: number, endDate: string | null) =>
  appointmentRow(
    staffAppointed({
      appointmentId: id,
      person: { personId: id, name: id },
      fundingSourceId,
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
 * The Head (6,000.00, gov, open-ended: to the mandate's end), an officer (3,000.00, eu, to September),
 * a secondee the process pays (1,000.00, no source), and an officer paid in KES (left out).
 */
const result = budgetForecast({
  today: '2026-06-30',
  mandate,
  lines: [lineRow('A', { allocatedAmount: 60_000_00 }), lineRow('B', { allocatedAmount: 40_000_00 })],
  sources: [source('gov', 50_000_00), source('eu', 20_000_00)],
  staff: [
    appointment('head', 'gov', 6_000_00, null),
    appointment('officer', 'eu', 3_000_00, '2026-09-30'),
    appointment('kes', 'gov', 150_000_00, null),
    secondee,
  ],
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

  it('counts no personnel in a line’s forecast, appointments naming no line', () => {
    expect(result.lines).toEqual([
      {
        lineId: 'A',
        available: usd(60_000_00),
        spentInWindow: usd(0),
        burnRate: usd(0),
        runsOutOn: null,
        daysBeforeMandateEnd: null,
        balanceAtMandateEnd: usd(60_000_00),
      },
      expect.objectContaining({ lineId: 'B', balanceAtMandateEnd: usd(40_000_00) }),
    ]);
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
