import * as z from 'zod';
import type { DomainEvent } from './catalog';

/** Who, on whose behalf and why: recorded with every event so the trail answers an auditor's questions. */
export interface EventMetadata {
  readonly processId: string;
  readonly actor: string;
  readonly role: string;
  readonly commandId: string;
  readonly correlationId: string;
  /** The message that caused this event: the command, for events a command appended. */
  readonly causationId: string;
  readonly recordedAt: string;
}

/** An event as the Events table holds it. */
export type StoredEvent<E extends DomainEvent = DomainEvent> = E & {
  readonly streamId: string;
  readonly version: number;
  readonly schemaVersion: number;
  readonly metadata: EventMetadata;
  /** SHA-256 of the previous event of the stream; null for the first. */
  readonly previousHash: string | null;
  readonly hash: string;
};

/**
 * Item kinds sharing the Events table; only `event` items reach the projector. A `tip` is what a
 * stream kept at version 0 before its latest event carried its folded state: never written now, kept
 * as recorded, and read only by verification.
 */
export const ITEM_KIND = { event: 'event', tip: 'tip', command: 'command' } as const;

/** Events start at version 1; version 0 holds a command's record, or a stream's old tip item. */
export const TIP_VERSION = 0;

/**
 * What a reader of an event needs beyond its keys: all the byProcess index projects, so the folded
 * state that a stream's latest event carries is not copied into it.
 */
export const EVENT_ATTRIBUTES = [
  'type',
  'schemaVersion',
  'data',
  'metadata',
  'previousHash',
  'hash',
] as const;

/**
 * What every stored event item must hold to be read at all, its data aside (its type's schema judges
 * that): checked on reading, since an item edited behind the store's back can hold anything.
 */
export const storedEnvelope = z.looseObject({
  streamId: z.string(),
  version: z.int().positive(),
  type: z.string(),
  schemaVersion: z.int().positive(),
  metadata: z.looseObject({
    processId: z.string(),
    actor: z.string(),
    role: z.string(),
    commandId: z.string(),
    correlationId: z.string(),
    causationId: z.string(),
    recordedAt: z.string(),
  }),
  previousHash: z.string().nullable(),
  hash: z.string(),
});
