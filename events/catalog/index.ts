import type { z } from 'zod';
import { budgetEvents } from './budget';
import { commitmentEvents } from './commitment';
import type { EventDefinition } from './definition';
import { disbursementEvents } from './disbursement';
import { fundingEvents } from './funding';
import { milestoneEvents } from './milestones';
import { processEvents } from './process';
import { riskEvents } from './risks';
import { staffingEvents } from './staffing';

/**
 * The event catalog: every event type of every family, with its schema at the current version.
 * Every event is parsed against it before it is appended, so nothing malformed reaches the log.
 */
const definitions = {
  ...processEvents,
  ...budgetEvents,
  ...fundingEvents,
  ...commitmentEvents,
  ...disbursementEvents,
  ...staffingEvents,
  ...milestoneEvents,
  ...riskEvents,
} satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof definitions;

export type EventOf<T extends EventType> = { type: T; data: z.infer<(typeof definitions)[T]['schema']> };
export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

export type ProcessEvent =
  | EventOf<'ProcessOpened'>
  | EventOf<'MandateExtended'>
  | EventOf<'IndependenceThresholdSet'>;
export type BudgetLineEvent =
  | EventOf<'BudgetLineAdopted'>
  | EventOf<'BudgetLineRevised'>
  | EventOf<'BudgetLineCommitted'>
  | EventOf<'BudgetLineCommitmentReleased'>
  | EventOf<'BudgetLineCharged'>
  | EventOf<'BudgetLineCredited'>;
export type ExchangeRateEvent = EventOf<'ExchangeRateRecorded'>;
export type ContributionEvent =
  | EventOf<'ContributionPledged'>
  | EventOf<'TrancheReceived'>
  | EventOf<'ContributionCommitted'>
  | EventOf<'ContributionCommitmentReleased'>
  | EventOf<'ContributionCharged'>
  | EventOf<'ContributionCredited'>
  | EventOf<'DonorReportSubmitted'>;
export type CommitmentEvent = EventOf<'CommitmentRaised'> | EventOf<'CommitmentReleased'>;
export type DisbursementEvent =
  | EventOf<'DisbursementRequested'>
  | EventOf<'DisbursementApproved'>
  | EventOf<'DisbursementRejected'>
  | EventOf<'DisbursementPaid'>
  | EventOf<'DisbursementReversed'>;

export type AppointmentEvent =
  | EventOf<'SecretariatHeadAppointed'>
  | EventOf<'DeputyAppointed'>
  | EventOf<'StaffAppointed'>
  | EventOf<'AppointmentReassigned'>
  | EventOf<'AppointmentExtended'>
  | EventOf<'AppointmentEnded'>;
export type PostEvent = EventOf<'PostFilled'> | EventOf<'PostVacated'>;
export type SecondmentEvent =
  | EventOf<'StaffSeconded'>
  | EventOf<'SecondmentExtended'>
  | EventOf<'SecondmentEndedEarly'>;
export type BenchmarkEvent =
  | EventOf<'BenchmarkSet'>
  | EventOf<'BenchmarkProgressRecorded'>
  | EventOf<'BenchmarkAchieved'>
  | EventOf<'BenchmarkRescheduled'>;
export type ReviewPointEvent = EventOf<'ReviewPointScheduled'> | EventOf<'ReviewPointHeld'>;
export type RiskEvent =
  | EventOf<'RiskIdentified'>
  | EventOf<'RiskAssessed'>
  | EventOf<'MitigationPlanned'>
  | EventOf<'MitigationCompleted'>
  | EventOf<'RiskReviewed'>
  | EventOf<'RiskEscalated'>
  | EventOf<'RiskClosed'>;

export const isEventType = (type: string): type is EventType => Object.hasOwn(definitions, type);

export const currentVersion = (type: EventType): number => definitions[type].version;

/** Validates an event's data for appending: the current version's schema, nothing else. */
export const parseData = <T extends EventType>(type: T, data: unknown): EventOf<T>['data'] =>
  definitions[type].schema.parse(data) as EventOf<T>['data'];

/** Reads stored data of any version: upcast step by step to the current version, then validate. */
export function readData<T extends EventType>(
  type: T,
  schemaVersion: number,
  data: unknown,
): EventOf<T>['data'] {
  const definition: EventDefinition = definitions[type];
  let upcast = data as Record<string, unknown>;
  for (let version = schemaVersion; version < definition.version; version++) {
    const step = definition.upcasters?.[version];
    if (!step) throw new Error(`no upcaster for ${type} from version ${version}`);
    upcast = step(upcast);
  }
  if (schemaVersion > definition.version)
    throw new Error(`${type} v${schemaVersion} is newer than this code (v${definition.version})`);
  return parseData(type, upcast);
}
