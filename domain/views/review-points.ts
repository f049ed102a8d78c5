import type { StoredEvent } from '../../events/envelope';
import type { Projection, RowKey } from './projection';

/** A review point of the plan: when it is, and whether it was held. */
export interface ReviewPointRow {
  readonly reviewPointId: string;
  readonly date: string;
  readonly title: string;
  readonly status: 'scheduled' | 'held';
  readonly heldOn?: string;
  readonly version: number;
}

export const reviewPointsPartition = (processId: string): string => `${processId}#review-points`;

export const reviewPointsProjection: Projection<ReviewPointRow> = {
  name: 'review-points',
  aggregates: ['review-point'],
  rowOf(event): RowKey | undefined {
    if (!event.type.startsWith('ReviewPoint')) return undefined;
    return {
      pk: reviewPointsPartition(event.metadata.processId),
      sk: `review-point#${(event.data as { reviewPointId: string }).reviewPointId}`,
    };
  },
  apply(row, event: StoredEvent) {
    const { version } = event;
    switch (event.type) {
      case 'ReviewPointScheduled': {
        const { reviewPointId, date, title } = event.data;
        return { reviewPointId, date, title, status: 'scheduled', version };
      }
      case 'ReviewPointHeld':
        if (!row) throw new Error(`${event.type} on ${event.streamId} before it was scheduled`);
        return { ...row, status: 'held', heldOn: event.data.heldOn, version };
      default:
        throw new Error(`the review points view does not apply ${event.type}`);
    }
  },
};

/** The first review point not yet held that falls on or after today, if any is scheduled. */
export function nextReviewPoint(rows: readonly ReviewPointRow[], today: string): ReviewPointRow | undefined {
  return rows
    .filter((row) => row.status === 'scheduled' && row.date >= today)
    .reduce<ReviewPointRow | undefined>(
      (first, row) => (first && first.date <= row.date ? first : row),
      undefined,
    );
}
