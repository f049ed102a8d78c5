import { foldProjections } from '../../domain/views/fold';
import type { Projection } from '../../domain/views/projection';
import type { DomainEvent } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';

/** The events of one stream as the Events table holds them: versions 1, 2, 3 … of process p1. */
export const storedStream = (streamId: string, events: readonly DomainEvent[]): StoredEvent[] =>
  events.map((event, i) => ({
    ...event,
    streamId,
    version: i + 1,
    schemaVersion: 1,
    metadata: {
      processId: 'p1',
      actor: 'head-1',
      role: 'leadership',
      commandId: `c-${i + 1}`,
      correlationId: `c-${i + 1}`,
      causationId: `c-${i + 1}`,
      recordedAt: '2026-01-01T09:00:00.000Z',
    },
    previousHash: null,
    hash: 'h',
  }));

/**
 * Folds events into rows as the projector would (only the streams the view follows), keyed by
 * `pk|sk`; events it ignores change nothing.
 */
export function foldView<Row>(projection: Projection<Row>, events: readonly StoredEvent[]): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const [pk, partition] of foldProjections([projection as Projection<object>], events))
    for (const [sk, row] of partition) rows.set(`${pk}|${sk}`, row as Row);
  return rows;
}
