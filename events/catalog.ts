import { z } from 'zod';
import {
  costCategorySchema,
  idSchema,
  moneySchema,
  textSchema,
  timestampSchema,
  unitSchema,
} from './schemas';

/**
 * The event catalog: one zod schema per event type at its current schema version. Every event is
 * parsed against it before it is appended, so nothing malformed reaches the log.
 */
export const eventSchemas = {
  BudgetLineAdopted: z.strictObject({
    lineId: idSchema,
    unit: unitSchema,
    activity: textSchema(200),
    costCategory: costCategorySchema,
    amount: moneySchema,
    adoptedBy: z.string(),
    adoptedAt: timestampSchema,
  }),
  BudgetLineCharged: z.strictObject({
    lineId: idSchema,
    disbursementId: idSchema,
    amount: moneySchema,
    chargedAt: timestampSchema,
  }),
  DisbursementRequested: z.strictObject({
    disbursementId: idSchema,
    lineId: idSchema,
    amount: moneySchema,
    payee: textSchema(200),
    purpose: textSchema(500),
    requestedBy: z.string(),
    requestedAt: timestampSchema,
  }),
  DisbursementApproved: z.strictObject({
    disbursementId: idSchema,
    lineId: idSchema,
    amount: moneySchema,
    approvedBy: z.string(),
    approvedAt: timestampSchema,
  }),
  DisbursementRejected: z.strictObject({
    disbursementId: idSchema,
    reason: textSchema(500),
    rejectedBy: z.string(),
    rejectedAt: timestampSchema,
  }),
} as const;

export type EventType = keyof typeof eventSchemas;

/** Current schema version of each event type; raise it together with an upcaster from the old one. */
export const schemaVersions: Record<EventType, number> = {
  BudgetLineAdopted: 1,
  BudgetLineCharged: 1,
  DisbursementRequested: 1,
  DisbursementApproved: 1,
  DisbursementRejected: 1,
};

export type EventOf<T extends EventType> = { type: T; data: z.infer<(typeof eventSchemas)[T]> };
export type DomainEvent = { [T in EventType]: EventOf<T> }[EventType];

export type BudgetLineEvent = EventOf<'BudgetLineAdopted'> | EventOf<'BudgetLineCharged'>;
export type DisbursementEvent =
  | EventOf<'DisbursementRequested'>
  | EventOf<'DisbursementApproved'>
  | EventOf<'DisbursementRejected'>;

export const isEventType = (type: string): type is EventType => Object.hasOwn(eventSchemas, type);
