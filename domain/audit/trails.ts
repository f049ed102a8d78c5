import type { DomainEvent, EventType } from '../../events/catalog';
import type { StoredEvent } from '../../events/envelope';

/** A stored event of one type. */
export type Stored<T extends EventType> = StoredEvent<Extract<DomainEvent, { type: T }>>;

/** Everything recorded about one disbursement, from its own stream and from its funding source's. */
export interface Trail {
  readonly requested?: Stored<'DisbursementRequested'>;
  readonly approved?: Stored<'DisbursementApproved'>;
  readonly charged?: Stored<'ContributionCharged'>;
  readonly paid?: Stored<'DisbursementPaid'>;
}

const step = {
  DisbursementRequested: 'requested',
  DisbursementApproved: 'approved',
  ContributionCharged: 'charged',
  DisbursementPaid: 'paid',
} as const satisfies Partial<Record<EventType, keyof Trail>>;

const isStep = (type: EventType): type is keyof typeof step => Object.hasOwn(step, type);

/**
 * Each disbursement's trail, gathered before the report is folded: the steps of one disbursement sit
 * in two streams (its own and its source's), and an entry names the events of both.
 */
export function trailsOf(events: readonly StoredEvent[]): ReadonlyMap<string, Trail> {
  const trails = new Map<string, Trail>();
  for (const event of events) {
    if (!isStep(event.type)) continue;
    const { disbursementId } = event.data as { disbursementId: string };
    trails.set(disbursementId, { ...trails.get(disbursementId), [step[event.type]]: event });
  }
  return trails;
}
