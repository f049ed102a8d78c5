import type { PostId } from '../../events/catalog/post';
import type { UnitDefinition } from '../../events/catalog/process';
import { type Person, type Pillar, pillarSchema, type Unit } from '../../events/schemas';
import type { RecordedAppointment } from '../appointment/appointment';
import { postOf } from '../appointment/appointment';
import { addDays, daysBetween } from '../calendar';
import { postsOf } from '../post/post';
import { DEFAULT_INDEPENDENCE_THRESHOLD_PERCENT } from '../process/process';
import { fraction, rounded } from './fraction';
import { lastDayOf, type StaffRow } from './staffing';

export type RosterContractType = RecordedAppointment['contractType'] | 'secondment';
const contractTypes: readonly RosterContractType[] = [
  'civil-service',
  'consultant',
  'donor-funded',
  'secondment',
];

/** How far ahead the view looks for contracts and secondments coming to an end. */
export const ENDING_WITHIN_DAYS = 30;

export interface RosterEntry {
  readonly kind: StaffRow['kind'];
  /** The appointment's or secondment's id. */
  readonly id: string;
  readonly person: Person;
  readonly role: RecordedAppointment['kind'] | 'secondee';
  readonly unit: Unit | null;
  readonly postTitle: string | null;
  readonly contractType: RosterContractType;
  /** The lending institution, for a secondee. */
  readonly homeInstitution: string | null;
  readonly startDate: string;
  readonly lastDay: string | null;
}

export interface StaffingView {
  readonly today: string;
  /** Everyone in post today, by unit (the Head, under no unit, first), contract type and name. */
  readonly roster: readonly RosterEntry[];
  /** Head counts in post today per unit and contract type; the Head is the row with unit null. */
  readonly counts: readonly ({ readonly unit: Unit | null; readonly total: number } & Record<
    RosterContractType,
    number
  >)[];
  /** The same counts rolled up by the pillar of each unit; the Head is in none. */
  readonly pillars: readonly ({ readonly pillar: Pillar; readonly total: number } & Record<
    RosterContractType,
    number
  >)[];
  readonly totals: { readonly total: number } & Record<RosterContractType, number>;
  /** The Head's post and each unit's deputy post: who holds it today, who is appointed to start later. */
  readonly posts: readonly {
    readonly postId: PostId;
    readonly holder: RosterEntry | null;
    readonly incoming: RosterEntry | null;
  }[];
  /** Posts nobody holds today. */
  readonly vacantPosts: readonly PostId[];
  readonly secondeesByHomeInstitution: readonly {
    readonly homeInstitution: string;
    readonly count: number;
    readonly people: readonly Person[];
  }[];
  /** Contracts and secondments whose last day is today or within the next 30 days, soonest first. */
  readonly endingSoon: readonly (RosterEntry & { readonly daysLeft: number })[];
  readonly independence: Independence;
}

/**
 * The share of staff in post who are seconded or donor-funded (docs/rules.md: they raise independence and
 * neutrality questions), against the threshold the process set, or the default while it set none.
 * A concern is a share above the threshold, not at it.
 */
export interface Independence {
  readonly seconded: number;
  readonly donorFunded: number;
  readonly staff: number;
  /** (seconded + donorFunded) ÷ staff × 100, rounded to two decimals for reading; the comparison is exact. */
  readonly sharePercent: number;
  readonly thresholdPercent: number;
  readonly thresholdIsDefault: boolean;
  readonly concern: boolean;
}

function entryOf(row: StaffRow): RosterEntry {
  const lastDay = lastDayOf(row);
  if (row.kind === 'secondment') {
    const { secondmentId, person, unit, postTitle, homeInstitution, startDate } = row.secondment;
    return {
      kind: row.kind,
      id: secondmentId,
      person,
      role: 'secondee',
      unit,
      postTitle,
      contractType: 'secondment',
      homeInstitution,
      startDate,
      lastDay,
    };
  }
  const appointment = row.appointment;
  const { appointmentId, person, contractType, startDate } = appointment;
  return {
    kind: row.kind,
    id: appointmentId,
    person,
    role: appointment.kind,
    unit: appointment.kind === 'secretariat-head' ? null : appointment.unit,
    postTitle: appointment.kind === 'staff' ? appointment.postTitle : null,
    contractType,
    homeInstitution: null,
    startDate,
    lastDay,
  };
}

const inPostOn = (entry: RosterEntry, day: string): boolean =>
  entry.startDate <= day && (entry.lastDay === null || day <= entry.lastDay);

/** Everyone in post on the day, in no order. */
export const rosterOn = (rows: readonly StaffRow[], day: string): RosterEntry[] =>
  rows.map(entryOf).filter((entry) => inPostOn(entry, day));

/** The Head, in no unit, first; then the process's units in the order it organised them. */
const byUnitTypeAndName =
  (order: readonly (Unit | null)[]) =>
  (a: RosterEntry, b: RosterEntry): number =>
    order.indexOf(a.unit) - order.indexOf(b.unit) ||
    contractTypes.indexOf(a.contractType) - contractTypes.indexOf(b.contractType) ||
    a.person.name.localeCompare(b.person.name);

const countByType = (entries: readonly RosterEntry[]) => {
  const counts = Object.fromEntries(contractTypes.map((type) => [type, 0])) as Record<
    RosterContractType,
    number
  >;
  for (const entry of entries) counts[entry.contractType] += 1;
  return { ...counts, total: entries.length };
};

export function independenceOf(roster: readonly RosterEntry[], thresholdSet: number | null): Independence {
  const seconded = roster.filter((entry) => entry.contractType === 'secondment').length;
  const donorFunded = roster.filter((entry) => entry.contractType === 'donor-funded').length;
  const staff = roster.length;
  const thresholdPercent = thresholdSet ?? DEFAULT_INDEPENDENCE_THRESHOLD_PERCENT;
  const watched = seconded + donorFunded;
  return {
    seconded,
    donorFunded,
    staff,
    sharePercent: staff === 0 ? 0 : rounded(fraction(watched * 10_000, staff)) / 100,
    thresholdPercent,
    thresholdIsDefault: thresholdSet === null,
    concern: watched * 100 > thresholdPercent * staff,
  };
}

export function staffingView(
  rows: readonly StaffRow[],
  today: string,
  thresholdPercent: number | null,
  units: readonly UnitDefinition[],
): StaffingView {
  const order = [null, ...units.map(({ unit }) => unit)];
  const pillarOf = new Map(units.map(({ unit, pillar }) => [unit, pillar]));
  const entries = rows.map(entryOf);
  const roster = rosterOn(rows, today).sort(byUnitTypeAndName(order));
  const posts = postsOf(units).map((postId) => {
    const appointedTo = rows
      .filter((row) => row.kind === 'appointment' && postOf(row.appointment) === postId)
      .map(entryOf);
    return {
      postId,
      holder: appointedTo.find((entry) => inPostOn(entry, today)) ?? null,
      incoming:
        appointedTo
          .filter((entry) => entry.startDate > today)
          .sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ?? null,
    };
  });
  const secondees = roster.filter((entry) => entry.homeInstitution !== null);
  const institutions = [...new Set(secondees.map((entry) => entry.homeInstitution as string))].sort();
  const horizon = addDays(today, ENDING_WITHIN_DAYS);
  return {
    today,
    roster,
    counts: order.map((unit) => ({ unit, ...countByType(roster.filter((entry) => entry.unit === unit)) })),
    pillars: pillarSchema.options.map((pillar) => ({
      pillar,
      ...countByType(roster.filter((entry) => entry.unit !== null && pillarOf.get(entry.unit) === pillar)),
    })),
    totals: countByType(roster),
    posts,
    vacantPosts: posts.filter((post) => post.holder === null).map((post) => post.postId),
    secondeesByHomeInstitution: institutions.map((homeInstitution) => {
      const people = secondees
        .filter((entry) => entry.homeInstitution === homeInstitution)
        .map((entry) => entry.person);
      return { homeInstitution, count: people.length, people };
    }),
    endingSoon: entries
      .filter((entry) => entry.lastDay !== null && entry.lastDay >= today && entry.lastDay <= horizon)
      .map((entry) => ({ ...entry, daysLeft: daysBetween(today, entry.lastDay as string) }))
      .sort((a, b) => a.daysLeft - b.daysLeft || a.person.name.localeCompare(b.person.name)),
    independence: independenceOf(roster, thresholdPercent),
  };
}
