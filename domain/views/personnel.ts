import type { Person } from '../../events/schemas';
import {
  addDays,
  daysInMonth,
  earlier,
  firstDayOf,
  lastDayOf as lastDayOfMonth,
  later,
  monthOf,
  monthsBetween,
  overlapDays,
} from '../calendar';
import type { ExchangeRate, Money } from '../money';
import { type Fraction, fraction, plus, rounded, ZERO } from './fraction';
import { latestRate, type RateRow } from './rates';
import { lastDayOf, type StaffRow } from './staffing';

/**
 * Personnel already appointed, as a known future outflow: what each appointment or secondment costs
 * the process a month, from its first day to its last (inclusive). A contract with no end runs to
 * the mandate's end: the Secretariat exists only for the mandate.
 */
export interface PersonnelCost {
  /** `appointment#<id>` or `secondment#<id>`; an appointment whose cost changed has one entry per cost, `from` to `to`. */
  readonly id: string;
  readonly person: Person;
  /** Null for a secondment whose salary names no source: it counts in no source's forecast. */
  readonly fundingSourceId: string | null;
  /** The line it is charged to; null when none is named (and for every record from before lines were): in no line's forecast. */
  readonly lineId: string | null;
  /** The process's share, in the budget currency. */
  readonly monthlyCost: Money;
  /** A share stated in another currency: as stated, and the pair's latest recorded rate that made `monthlyCost`. */
  readonly converted?: { readonly monthlyCost: Money; readonly rate: ExchangeRate };
  readonly from: string;
  readonly to: string;
}

export interface Personnel {
  /** In the budget currency: as stated, or converted at the pair's latest recorded rate. */
  readonly counted: readonly PersonnelCost[];
  /** Costs stated in another currency for which no rate is recorded (either direction): left out. */
  readonly notInBudgetCurrency: readonly PersonnelCost[];
}

/** The process's monthly share of a row's cost; undefined when the home institution bears it all. */
function processShare(
  row: StaffRow,
): { monthlyCost: Money; fundingSourceId: string | null; lineId: string | null } | undefined {
  if (row.kind === 'appointment') {
    const { monthlyCost, fundingSourceId, lineId } = row.appointment;
    // A staffing row projected before lines were named has no lineId at all.
    return { monthlyCost, fundingSourceId, lineId: lineId ?? null };
  }
  const { salary } = row.secondment;
  switch (salary.borneBy) {
    case 'home-institution':
      return undefined;
    case 'process-budget':
      return {
        monthlyCost: salary.monthlyCost,
        fundingSourceId: salary.fundingSourceId ?? null,
        lineId: salary.lineId ?? null,
      };
    case 'shared': {
      // monthlyCost is the secondee's whole cost; the process bears its percentage of it, rounded once.
      const share = rounded(fraction(salary.monthlyCost.amount * salary.processSharePercent, 100));
      return {
        monthlyCost: { amount: share, currency: salary.monthlyCost.currency },
        fundingSourceId: salary.fundingSourceId ?? null,
        lineId: salary.lineId ?? null,
      };
    }
  }
}

/**
 * The days each monthly cost of a row is in force, [from, to] both included: an appointment's cost
 * until the day before its first change, each change's to the day before the next, the last to `to`.
 * A change after an early end is never in force.
 */
function costPeriods(
  row: StaffRow,
  monthlyCost: Money,
  from: string,
  to: string,
): { monthlyCost: Money; from: string; to: string }[] {
  const changes = row.kind === 'appointment' ? (row.appointment.costChanges ?? []) : [];
  const starts = [{ effectiveFrom: from, monthlyCost }, ...changes];
  return starts.flatMap((start, index) => {
    const next = starts[index + 1];
    const last = next === undefined ? to : earlier(addDays(next.effectiveFrom, -1), to);
    return start.effectiveFrom <= last
      ? [{ monthlyCost: start.monthlyCost, from: start.effectiveFrom, to: last }]
      : [];
  });
}

export function personnelOf(
  rows: readonly StaffRow[],
  mandateEnd: string,
  budgetCurrency: string,
  rates: readonly RateRow[],
): Personnel {
  const counted: PersonnelCost[] = [];
  const notInBudgetCurrency: PersonnelCost[] = [];
  for (const row of rows) {
    const share = processShare(row);
    if (!share) continue;
    const { person, startDate } = row.kind === 'appointment' ? row.appointment : row.secondment;
    const id =
      row.kind === 'appointment'
        ? `appointment#${row.appointment.appointmentId}`
        : `secondment#${row.secondment.secondmentId}`;
    // An appointment whose terms changed costs one amount per period, each its own entry with the same id.
    for (const period of costPeriods(row, share.monthlyCost, startDate, lastDayOf(row) ?? mandateEnd)) {
      const cost = { id, person, ...share, ...period };
      const stated = period.monthlyCost;
      // A forecast looks ahead, so the rate is the pair's latest, not one of a past day.
      const rate =
        stated.currency === budgetCurrency ? undefined : latestRate(rates, stated.currency, budgetCurrency);
      if (stated.currency === budgetCurrency) counted.push(cost);
      else if (rate)
        counted.push({
          ...cost,
          monthlyCost: rate.convert(stated),
          converted: { monthlyCost: stated, rate: rate.rate },
        });
      else notInBudgetCurrency.push(cost);
    }
  }
  return { counted, notInBudgetCurrency };
}

/**
 * What the people cost over the days [from, to], both included: each month's cost spread evenly over
 * the month's days, so a person who works 10 days of a 30-day month costs a third of a month.
 */
export function costOver(people: readonly PersonnelCost[], from: string, to: string): Fraction {
  let total = ZERO;
  for (const month of monthsBetween(monthOf(from), monthOf(to))) {
    const first = later(from, firstDayOf(month));
    const last = earlier(to, lastDayOfMonth(month));
    for (const person of people) {
      const days = overlapDays(first, last, person.from, person.to);
      if (days > 0) total = plus(total, fraction(person.monthlyCost.amount * days, daysInMonth(month)));
    }
  }
  return total;
}
