import type { BudgetLineRow } from './budget';
import { totalOf } from './budget-groups';
import { type BurnWindow, burnWindow, type Forecast, forecast } from './forecast';
import type { FundingSourceRow } from './funding-sources';
import type { MandateRow } from './mandate';
import { type PersonnelCost, personnelOf } from './personnel';
import { combined } from './spending';
import type { StaffRow } from './staffing';

/** A line's forecast: its own spending only, since appointments name a funding source, not a line. */
export type LineForecast = { readonly lineId: string } & Pick<
  Forecast,
  'available' | 'spentInWindow' | 'burnRate' | 'runsOutOn' | 'daysBeforeMandateEnd' | 'balanceAtMandateEnd'
>;

export interface BudgetForecast {
  readonly today: string;
  readonly mandateEnd: string;
  readonly window: Omit<BurnWindow, 'months'>;
  /** The whole budget: every line's available and spending, and every person appointed. */
  readonly overall: Forecast;
  readonly sources: readonly ({ readonly fundingSourceId: string } & Forecast)[];
  readonly lines: readonly LineForecast[];
  /** People whose cost is stated in another currency: left out of every forecast, listed here. */
  readonly personnelNotInBudgetCurrency: readonly PersonnelCost[];
}

/**
 * The forecast per line, per funding source and overall, against the mandate's end. A source's
 * personnel are the people whose appointment (or secondment salary) names it; overall counts everyone.
 */
export function budgetForecast(input: {
  readonly today: string;
  readonly mandate: MandateRow;
  readonly lines: readonly BudgetLineRow[];
  readonly sources: readonly FundingSourceRow[];
  readonly staff: readonly StaffRow[];
}): BudgetForecast {
  const { today, mandate, lines, sources } = input;
  const { mandateEnd, budgetCurrency } = mandate;
  const personnel = personnelOf(input.staff, mandateEnd, budgetCurrency);
  const { from, to } = burnWindow(today);
  return {
    today,
    mandateEnd,
    window: { from, to },
    overall: forecast({
      today,
      mandateEnd,
      available: totalOf(lines, budgetCurrency).available,
      spending: combined(lines.map((line) => line.spending)),
      personnel: personnel.counted,
    }),
    sources: sources.map((source) => ({
      fundingSourceId: source.fundingSourceId,
      ...forecast({
        today,
        mandateEnd,
        available: source.available,
        spending: source.spending,
        personnel: personnel.counted.filter((cost) => cost.fundingSourceId === source.fundingSourceId),
      }),
    })),
    lines: lines.map((line) => {
      const { available, spentInWindow, burnRate, runsOutOn, daysBeforeMandateEnd, balanceAtMandateEnd } =
        forecast({ today, mandateEnd, available: line.available, spending: line.spending, personnel: [] });
      return {
        lineId: line.lineId,
        available,
        spentInWindow,
        burnRate,
        runsOutOn,
        daysBeforeMandateEnd,
        balanceAtMandateEnd,
      };
    }),
    personnelNotInBudgetCurrency: personnel.notInBudgetCurrency,
  };
}
