import type * as z from 'zod';
import { appointmentEvents } from './appointment';
import { benchmarkEvents } from './benchmark';
import { budgetDraftEvents } from './budget-draft';
import { budgetLineEvents } from './budget-line';
import { commitmentEvents } from './commitment';
import { contributionEvents } from './contribution';
import { currencyPairEvents } from './currency-pair';
import type { EventDefinition } from './definition';
import { disbursementEvents } from './disbursement';
import { exchangeRateEvents } from './exchange-rate';
import { invoiceEvents } from './invoice';
import { openingBalanceEvents } from './opening-balance';
import { postEvents } from './post';
import { processEvents } from './process';
import { reviewPointEvents } from './review-point';
import { riskEvents } from './risk';
import { secondmentEvents } from './secondment';

/**
 * The event catalog: every event type of every aggregate, with its schema at the current version.
 * Every event is parsed against it before it is appended, so nothing malformed reaches the log.
 */
const definitions = {
  ...processEvents,
  ...budgetLineEvents,
  ...budgetDraftEvents,
  ...exchangeRateEvents,
  ...currencyPairEvents,
  ...contributionEvents,
  ...commitmentEvents,
  ...disbursementEvents,
  ...invoiceEvents,
  ...appointmentEvents,
  ...postEvents,
  ...secondmentEvents,
  ...benchmarkEvents,
  ...reviewPointEvents,
  ...riskEvents,
  ...openingBalanceEvents,
} satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof definitions;

export type EventOf<T extends EventType> = { type: T; data: z.infer<(typeof definitions)[T]['schema']> };
export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

/** The events one catalog file defines, so an aggregate's union grows with its file and nowhere else. */
type EventOfDefinitions<D> = { [T in keyof D & EventType]: EventOf<T> }[keyof D & EventType];

export type ProcessEvent = EventOfDefinitions<typeof processEvents>;
export type BudgetLineEvent = EventOfDefinitions<typeof budgetLineEvents>;
export type BudgetDraftEvent = EventOfDefinitions<typeof budgetDraftEvents>;
export type ExchangeRateEvent = EventOfDefinitions<typeof exchangeRateEvents>;
export type CurrencyPairEvent = EventOfDefinitions<typeof currencyPairEvents>;
export type ContributionEvent = EventOfDefinitions<typeof contributionEvents>;
export type CommitmentEvent = EventOfDefinitions<typeof commitmentEvents>;
export type DisbursementEvent = EventOfDefinitions<typeof disbursementEvents>;
export type InvoiceEvent = EventOfDefinitions<typeof invoiceEvents>;
export type AppointmentEvent = EventOfDefinitions<typeof appointmentEvents>;
export type PostEvent = EventOfDefinitions<typeof postEvents>;
export type SecondmentEvent = EventOfDefinitions<typeof secondmentEvents>;
export type BenchmarkEvent = EventOfDefinitions<typeof benchmarkEvents>;
export type ReviewPointEvent = EventOfDefinitions<typeof reviewPointEvents>;
export type RiskEvent = EventOfDefinitions<typeof riskEvents>;
export type OpeningBalanceEvent = EventOfDefinitions<typeof openingBalanceEvents>;

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
