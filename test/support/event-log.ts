import { fold } from '../../domain/views/fold';
import type { Projection } from '../../domain/views/projection';
import { currentVersion, type DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';
import { hashEvent } from '../../events/hash-chain';
import { type Aggregate, streamIdOf } from '../../events/stream-id';

/**
 * A process's event log built in memory, each stream chained and hashed as the store writes it, so
 * pure specs can fold views and reports over exactly what `readProcess` returns.
 */
export function eventLog(processId = 'p1') {
  const events: StoredEvent[] = [];
  const tips = new Map<string, { version: number; hash: string }>();
  return {
    /** Appends an event to `<processId>#<aggregate>#<id>` as recorded at the given instant. */
    append(
      aggregate: Aggregate,
      id: string,
      event: DomainEvent,
      recordedAt: string,
      actor = 'fo-1',
    ): StoredEvent {
      const streamId = streamIdOf(processId, aggregate, id);
      const tip = tips.get(streamId);
      const unhashed = {
        ...event,
        streamId,
        version: (tip?.version ?? 0) + 1,
        schemaVersion: currentVersion(event.type),
        metadata: {
          processId,
          actor,
          role: 'finance-officer',
          commandId: `c-${events.length + 1}`,
          correlationId: `c-${events.length + 1}`,
          causationId: `c-${events.length + 1}`,
          recordedAt,
        },
        previousHash: tip?.hash ?? null,
      } as Omit<StoredEvent, 'hash'>;
      const stored = { ...unhashed, hash: hashEvent(unhashed) } as StoredEvent;
      tips.set(streamId, { version: stored.version, hash: stored.hash });
      events.push(stored);
      return stored;
    },
    /** In the byProcess index's order: recorded at, then stream, then version. */
    inRecordedOrder(): StoredEvent[] {
      const position = (e: StoredEvent) =>
        `${e.metadata.recordedAt}#${e.streamId}#${String(e.version).padStart(12, '0')}`;
      return [...events].sort((a, b) => position(a).localeCompare(position(b)));
    },
  };
}

/** Folds events through a projection as the projector would, row by row; returns the rows. */
export const project = <Row>(projection: Projection<Row>, events: readonly StoredEvent[]): Row[] =>
  [...fold([projection as Projection<object>], events).rows.values()].map(({ row }) => row as Row);
