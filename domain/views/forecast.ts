import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  earlier,
  firstDayOf,
  lastDayOf,
  later,
  monthOf,
  monthsBetween,
} from '../calendar';
import { type Money, saturated, zero } from '../money';
import { compare, type Fraction, fraction, max, minus, plus, rounded, times, ZERO } from './fraction';
import { costOver, type PersonnelCost } from './personnel';
import { type Spending, spentIn } from './spending';

/** The three whole calendar months before today's month: the burn rate's window. */
export interface BurnWindow {
  readonly from: string;
  readonly to: string;
  readonly months: readonly string[];
}

export function burnWindow(today: string): BurnWindow {
  const thisMonth = monthOf(today);
  const months = [-3, -2, -1].map((offset) => addMonths(thisMonth, offset));
  return { from: firstDayOf(months[0] as string), to: lastDayOf(months[2] as string), months };
}

export interface ForecastInput {
  readonly today: string;
  readonly mandateEnd: string;
  /** What is available today: allocated (or deposited) − committed − charged. */
  readonly available: Money;
  readonly spending: Spending;
  /** Personnel paid from this scope: charged to the line, or paid by the source. */
  readonly personnel: readonly PersonnelCost[];
}

export interface Forecast {
  readonly available: Money;
  /** Net spend (paid − reversed) in the window. */
  readonly spentInWindow: Money;
  /** spentInWindow ÷ 3. */
  readonly burnRate: Money;
  /** What the personnel counted here cost over the window. */
  readonly personnelInWindow: Money;
  /** (spentInWindow − personnelInWindow) ÷ 3, never below zero: the spending that is not personnel. */
  readonly otherSpendingRate: Money;
  /** The personnel's cost in each month after today up to the mandate's end (the current month: its days after today). */
  readonly personnelByMonth: readonly { readonly month: string; readonly cost: Money }[];
  /** The first day on which the outflow since today reaches what is available; null when it lasts the mandate. */
  readonly runsOutOn: string | null;
  /** From runsOutOn to the mandate's end, in days. */
  readonly daysBeforeMandateEnd: number | null;
  /** What is left on the mandate's last day at this rate; negative when it runs out before. */
  readonly balanceAtMandateEnd: Money;
}

/** What a part spends after today: its other spending's exact monthly rate, and its personnel. */
interface Outflow {
  readonly otherRate: Fraction;
  readonly personnel: readonly PersonnelCost[];
}

/**
 * Every day after today spends a day's share of its month's outflow: each part's other spending rate
 * plus the personnel in post that day, each spread evenly over the month's days. The money runs out on
 * the first day on which the total since today reaches what is available.
 */
function runOut(today: string, mandateEnd: string, available: Money, outflows: readonly Outflow[]) {
  const otherRate = outflows.reduce((sum, part) => plus(sum, part.otherRate), ZERO);
  const personnel = outflows.flatMap((part) => part.personnel);
  const outflow = (from: string, to: string): Fraction => {
    const month = monthOf(from);
    const days = daysBetween(from, to) + 1;
    return plus(times(otherRate, days, daysInMonth(month)), costOver(personnel, from, to));
  };
  const limit = fraction(available.amount);
  let spentSince = ZERO;
  let runsOutOn: string | null = available.amount <= 0 ? today : null;
  const personnelByMonth: { month: string; cost: Fraction }[] = [];
  const start = addDays(today, 1);
  for (const month of start <= mandateEnd ? monthsBetween(monthOf(start), monthOf(mandateEnd)) : []) {
    const from = later(start, firstDayOf(month));
    const to = earlier(mandateEnd, lastDayOf(month));
    const thisMonth = outflow(from, to);
    // The month it runs out in is searched day by day; the others are taken whole.
    if (runsOutOn === null && compare(plus(spentSince, thisMonth), limit) >= 0)
      for (let day = from; day <= to && runsOutOn === null; day = addDays(day, 1))
        if (compare(plus(spentSince, outflow(from, day)), limit) >= 0) runsOutOn = day;
    spentSince = plus(spentSince, thisMonth);
    personnelByMonth.push({ month, cost: costOver(personnel, from, to) });
  }
  return {
    runsOutOn,
    daysBeforeMandateEnd: runsOutOn === null ? null : daysBetween(runsOutOn, mandateEnd),
    balance: minus(limit, spentSince),
    personnelByMonth,
  };
}

/** A scope's spending and personnel in the window, and the other spending rate they leave. */
function measured(input: Pick<ForecastInput, 'today' | 'spending' | 'personnel'>, currency: string) {
  const window = burnWindow(input.today);
  const spent = spentIn(input.spending, window.months, currency);
  const personnelInWindow = costOver(input.personnel, window.from, window.to);
  const otherRate = times(max(ZERO, minus(fraction(spent.amount), personnelInWindow)), 1, 3);
  return { spent, personnelInWindow, otherRate };
}

/**
 * One scope's forecast: its spending in the window less its personnel's cost there is its other
 * spending (never below zero), which goes on at that rate beside the personnel as their contracts run.
 * Fractions are exact; only the amounts shown are rounded (half away from zero).
 */
export function forecast(input: ForecastInput): Forecast {
  const { today, mandateEnd, available, personnel } = input;
  const currency = available.currency;
  const shown = (value: Fraction): Money => saturated(rounded(value), currency);
  const { spent, personnelInWindow, otherRate } = measured(input, currency);
  const run = runOut(today, mandateEnd, available, [{ otherRate, personnel }]);
  return {
    available,
    spentInWindow: spent,
    burnRate: shown(fraction(spent.amount, 3)),
    personnelInWindow: shown(personnelInWindow),
    otherSpendingRate: shown(otherRate),
    personnelByMonth: run.personnelByMonth.map(({ month, cost }) => ({ month, cost: shown(cost) })),
    runsOutOn: run.runsOutOn,
    daysBeforeMandateEnd: run.daysBeforeMandateEnd,
    balanceAtMandateEnd: shown(run.balance),
  };
}

/**
 * The forecast of a whole made of parts (the budget: its lines and the personnel charged to none).
 * Each part's other spending is its own spending less its own personnel, so personnel paid outside
 * disbursements never take another part's spending out. The whole's amounts are the sums of the
 * parts' amounts as shown, so the parts add up to the minor unit; the day it runs out is found on the
 * parts' summed outflow, exactly.
 */
export function combinedForecast(
  today: string,
  mandateEnd: string,
  currency: string,
  inputs: readonly Omit<ForecastInput, 'today' | 'mandateEnd'>[],
): { readonly parts: readonly Forecast[]; readonly total: Forecast } {
  const parts = inputs.map((input) => forecast({ today, mandateEnd, ...input }));
  const sum = (amountOf: (part: Forecast) => Money): Money =>
    saturated(
      parts.reduce((total, part) => total + amountOf(part).amount, 0),
      currency,
    );
  const available = sum((part) => part.available);
  const outflows = inputs.map((input) => ({
    otherRate: measured({ today, ...input }, currency).otherRate,
    personnel: input.personnel,
  }));
  const { runsOutOn, daysBeforeMandateEnd, personnelByMonth } = runOut(
    today,
    mandateEnd,
    available,
    outflows,
  );
  return {
    parts,
    total: {
      available,
      spentInWindow: sum((part) => part.spentInWindow),
      burnRate: sum((part) => part.burnRate),
      personnelInWindow: sum((part) => part.personnelInWindow),
      otherSpendingRate: sum((part) => part.otherSpendingRate),
      personnelByMonth: personnelByMonth.map(({ month }, i) => ({
        month,
        cost: sum((part) => part.personnelByMonth[i]?.cost ?? zero(currency)),
      })),
      runsOutOn,
      daysBeforeMandateEnd,
      balanceAtMandateEnd: sum((part) => part.balanceAtMandateEnd),
    },
  };
}
