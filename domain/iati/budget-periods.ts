import { addDays, daysBetween } from '../calendar';
import { type Money, money } from '../money';

export interface BudgetPeriod {
  readonly start: string;
  readonly end: string;
}

/** The same day a year on; 29 February, which the next year lacks, rolls over to 1 March. */
const aYearOn = (date: string): string =>
  new Date(Date.parse(`${Number(date.slice(0, 4)) + 1}${date.slice(4)}T00:00:00Z`))
    .toISOString()
    .slice(0, 10);

/**
 * The mandate cut into consecutive periods from its start, none longer than a year, as IATI's budget
 * requires (2026-01-01 to 2027-06-30 is 2026-01-01 to 2026-12-31, then 2027-01-01 to 2027-06-30).
 */
export function budgetPeriods(start: string, end: string): BudgetPeriod[] {
  const periods: BudgetPeriod[] = [];
  for (let from = start; from <= end; ) {
    const next = aYearOn(from);
    const last = addDays(next, -1) < end ? addDays(next, -1) : end;
    periods.push({ start: from, end: last });
    from = next;
  }
  return periods;
}

/**
 * A budget for the whole mandate shared over its periods by their days, in whole minor units: each
 * period gets the rounded-down running total less what the periods before it got, so the shares add
 * up exactly to the amount.
 */
export function apportion(amount: Money, periods: readonly BudgetPeriod[]): Money[] {
  const days = periods.map((p) => BigInt(daysBetween(p.start, p.end) + 1));
  const total = days.reduce((sum, d) => sum + d, 0n);
  let running = 0n;
  let given = 0n;
  return days.map((d) => {
    running += d;
    const upTo = (BigInt(amount.amount) * running) / total;
    const share = upTo - given;
    given = upTo;
    return money(Number(share), amount.currency);
  });
}
