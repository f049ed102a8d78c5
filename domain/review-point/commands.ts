import type { Actor } from '../decider';

export interface ScheduleReviewPoint extends Actor {
  readonly type: 'ScheduleReviewPoint';
  readonly reviewPointId: string;
  readonly date: string;
  readonly title: string;
}

/** What the review point decided about the plan, on the day it was held. */
export interface HoldReviewPoint extends Actor {
  readonly type: 'HoldReviewPoint';
  readonly heldOn: string;
  readonly decisions: readonly string[];
  readonly attendees?: readonly string[];
}

export type ReviewPointCommand = ScheduleReviewPoint | HoldReviewPoint;
