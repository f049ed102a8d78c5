import type { EventOf, EventType } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { dayIn, earlier } from '../calendar';

/** Per event type, a date its data carries. */
type DatesOf = { readonly [T in EventType]?: (data: EventOf<T>['data']) => string };

/**
 * The value date each type carries: the day the books place it on. A type not named carries none; its
 * business date is the day it was recorded. A type that gains a value date gets its one line here.
 */
const valueDates: DatesOf = {
  DisbursementRequested: (data) => data.requestedOn,
  DisbursementApproved: (data) => data.approvedOn,
  DisbursementPaid: (data) => data.paidOn,
  DisbursementReversed: (data) => data.reversedOn,
  TrancheReceived: (data) => data.receivedOn,
  TrancheReversed: (data) => data.reversedOn,
  DonorReportSubmitted: (data) => data.submittedOn,
  DonorReportCorrected: (data) => data.submittedOn,
  ExchangeRateRecorded: (data) => data.rate.date,
  ExchangeRateCorrected: (data) => data.rate.date,
  CurrencyPairRateSet: (data) => data.rate.date,
  BenchmarkProgressRecorded: (data) => data.date,
  BenchmarkAchieved: (data) => data.achievedOn,
  ReviewPointHeld: (data) => data.heldOn,
  RiskReviewed: (data) => data.reviewedOn,
  RiskAssessed: (data) => data.assessedOn,
  BudgetLineAdopted: (data) => data.adoptedOn,
  BudgetLineRevised: (data) => data.revisedOn,
  BudgetDraftAdopted: (data) => data.adoptedOn,
  CommitmentRaised: (data) => data.raisedOn,
  CommitmentReleased: (data) => data.releasedOn,
  // Balances brought in from before the system are the books as of their day.
  OpeningBalancesApproved: (data) => data.asOf,
  BudgetLineOpeningBalance: (data) => data.asOf,
  ContributionOpeningBalance: (data) => data.asOf,
};

/**
 * The day a term starts or ends, for a type that sets one. A term entered after that day is in the
 * books from it (an appointment recorded in March, started in February, held the post in February);
 * one entered ahead is in them from the day entered, so the view shows it as coming.
 */
const effectiveDates: DatesOf = {
  SecretariatHeadAppointed: (data) => data.startDate,
  DeputyAppointed: (data) => data.startDate,
  StaffAppointed: (data) => data.startDate,
  StaffSeconded: (data) => data.startDate,
  PostFilled: (data) => data.startDate,
  AppointmentEnded: (data) => data.endDate,
  AppointmentTermsChanged: (data) => data.effectiveFrom,
  SecondmentEndedEarly: (data) => data.endDate,
  PostVacated: (data) => data.endDate,
};

const dateIn = (dates: DatesOf, { type, data }: StoredEvent): string | undefined =>
  (dates[type] as ((data: unknown) => string) | undefined)?.(data);

/** The value date an event carries, if its type has one: the day the books place it on. */
export const valueDateOf = (event: StoredEvent): string | undefined => dateIn(valueDates, event);

/**
 * The business date of an event: the value date it carries, else the day its term takes effect when
 * entered late, else the day it was recorded where the secretariat works (the process's time zone).
 */
export function businessDateOf(event: StoredEvent, timeZone: string): string {
  const recorded = dayIn(event.metadata.recordedAt, timeZone);
  const effective = dateIn(effectiveDates, event);
  return valueDateOf(event) ?? (effective === undefined ? recorded : earlier(effective, recorded));
}

/**
 * Which events of a log (as known at some instant) the books hold for a day: those of every command
 * dated on or before it. The events one command appended share one date, the earliest of theirs: the
 * date one of them carries, since only a rate is dated after the day it was recorded and all of a
 * rate's events carry it. So an approval's charge to its line and source is dated by the approval, and
 * no view counts half a command. A record is in the books from the first day anything on it is: the
 * command that created it (a pledge, a benchmark) is dated no later than the earliest of its record's
 * events (a tranche received, progress made before the record was entered), so no view meets an event
 * on a record it has not seen created. The time zone is the process's, from its opening; before, UTC.
 */
export function inTheBooksOn(log: readonly StoredEvent[], asOf: string): (event: StoredEvent) => boolean {
  const opened = log.find((event) => event.type === 'ProcessOpened');
  const timeZone = opened?.type === 'ProcessOpened' ? opened.data.timeZone : 'UTC';
  const dates = new Map<string, string>();
  const earliest = (map: Map<string, string>, key: string, date: string) =>
    map.set(key, earlier(map.get(key) ?? date, date));
  for (const event of log) earliest(dates, event.metadata.commandId, businessDateOf(event, timeZone));
  const records = new Map<string, string>();
  for (const event of log) earliest(records, event.streamId, dates.get(event.metadata.commandId) as string);
  for (const event of log)
    if (event.version === 1) earliest(dates, event.metadata.commandId, records.get(event.streamId) as string);
  return ({ metadata: { commandId } }) => {
    const date = dates.get(commandId);
    return date !== undefined && date <= asOf;
  };
}
