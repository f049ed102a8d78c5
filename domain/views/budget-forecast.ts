import { zero } from '../money';
import type { BudgetLineRow } from './budget';
import { type BurnWindow, burnWindow, combinedForecast, type Forecast, forecast } from './forecast';
import type { FundingSourceRow } from './funding-sources';
import type { MandateRow } from './mandate';
import { type PersonnelCost, personnelOf } from './personnel';
import type { RateRow } from './rates';
import type { StaffRow } from './staffing';

/** A line's forecast: its own spending and the personnel charged to it. */
export type LineForecast = { readonly lineId: string } & Forecast;

export interface BudgetForecast {
  readonly today: string;
  readonly mandateEnd: string;
  readonly window: Omit<BurnWindow, 'months'>;
  /** The whole budget: the lines' forecasts plus `unallocated`, summed amount by amount. */
  readonly overall: Forecast;
  /** The personnel charged to no line: nothing available, no spending, only their cost. */
  readonly unallocated: Forecast;
  readonly sources: readonly ({ readonly fundingSourceId: string } & Forecast)[];
  readonly lines: readonly LineForecast[];
  /** People whose cost is stated in another currency, counted at the pair's latest rate, which each names. */
  readonly personnelConverted: readonly PersonnelCost[];
  /** People whose cost is stated in another currency with no rate recorded for the pair: left out of every forecast, listed here. */
  readonly personnelNotInBudgetCurrency: readonly PersonnelCost[];
}

/**
 * The forecast per line, per funding source and overall, against the mandate's end. A line's personnel
 * are the people charged to it, a source's the people it pays; the overall is one forecast of the
 * lines and the people charged to none, so it is their sum.
 */
export function budgetForecast(input: {
  readonly today: string;
  readonly mandate: MandateRow;
  readonly lines: readonly BudgetLineRow[];
  readonly sources: readonly FundingSourceRow[];
  readonly staff: readonly StaffRow[];
  readonly rates: readonly RateRow[];
}): BudgetForecast {
  const { today, mandate, lines, sources } = input;
  const { mandateEnd, budgetCurrency } = mandate;
  const personnel = personnelOf(input.staff, mandateEnd, budgetCurrency, input.rates);
  const { from, to } = burnWindow(today);
  const charged = new Set(lines.map((line) => line.lineId));
  const onLine = (lineId: string) => personnel.counted.filter((cost) => cost.lineId === lineId);
  const noLine = personnel.counted.filter((cost) => cost.lineId === null || !charged.has(cost.lineId));
  const { parts, total } = combinedForecast(today, mandateEnd, budgetCurrency, [
    ...lines.map((line) => ({
      available: line.available,
      spending: line.spending,
      personnel: onLine(line.lineId),
    })),
    { available: zero(budgetCurrency), spending: {}, personnel: noLine },
  ]);
  return {
    today,
    mandateEnd,
    window: { from, to },
    overall: total,
    unallocated: parts[lines.length] as Forecast,
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
    lines: lines.map((line, i) => ({ lineId: line.lineId, ...(parts[i] as Forecast) })),
    personnelConverted: personnel.counted.filter((cost) => cost.converted),
    personnelNotInBudgetCurrency: personnel.notInBudgetCurrency,
  };
}
