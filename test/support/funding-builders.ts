import { evolve, initialState as noSource } from '../../domain/contribution/contribution';
import type { EventOf } from '../../events/catalog';
import { pledged } from './builders';

/** A funding source as appointments and secondments see it: pledged, by whom, restricted to what. */
export const sourceOf = (o: Partial<EventOf<'ContributionPledged'>['data']> = {}) =>
  evolve(noSource, pledged(o));

/** The government's unrestricted source, which the staffing builders' terms name. */
export const government = sourceOf({
  contributionId: 'government',
  donorId: 'government',
  donorName: 'Government of Kenya',
  modality: 'government-budget',
});
