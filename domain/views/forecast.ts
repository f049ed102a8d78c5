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
import { type Money, money } from '../money';
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
  /** Personnel paid from this scope; none for a budget line (appointments name a source, not a line). */
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

/**
 * Every day after today spends a day's share of its month's outflow: the other spending rate plus
 * the personnel in post that day, each spread evenly over the month's days. The money runs out on the
 * first day on which the total since today reaches what is available. Fractions are exact; only the
 * amounts shown are rounded (half away from zero).
 */
export function forecast(input: ForecastInput): Forecast {
  const { today, mandateEnd, available, personnel } = input;
  const currency = available.currency;
  const shown = (value: Fraction): Money => money(rounded(value), currency);
  const window = burnWindow(today);
  const spent = spentIn(input.spending, window.months, currency);
  const personnelInWindow = costOver(personnel, window.from, window.to);
  const otherRate = times(max(ZERO, minus(fraction(spent.amount), personnelInWindow)), 1, 3);

  const outflow = (from: string, to: string): Fraction => {
    const month = monthOf(from);
    const days = daysBetween(from, to) + 1;
    return plus(times(otherRate, days, daysInMonth(month)), costOver(personnel, from, to));
  };
  const limit = fraction(available.amount);
  let spentSince = ZERO;
  let runsOutOn: string | null = available.amount <= 0 ? today : null;
  const personnelByMonth: { month: string; cost: Money }[] = [];
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
    personnelByMonth.push({ month, cost: shown(costOver(personnel, from, to)) });
  }
  return {
    available,
    spentInWindow: spent,
    burnRate: shown(fraction(spent.amount, 3)),
    personnelInWindow: shown(personnelInWindow),
    otherSpendingRate: shown(otherRate),
    personnelByMonth,
    runsOutOn,
    daysBeforeMandateEnd: runsOutOn === null ? null : daysBetween(runsOutOn, mandateEnd),
    balanceAtMandateEnd: shown(minus(limit, spentSince)),
  };
}
