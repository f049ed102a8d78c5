import type { ReviewPointEvent } from '../../events/catalog';
import type { Actor, Decider, Input } from '../decider';
import { assertNever, refuse } from '../errors';
import { evolve, initialState, type ReviewPoint } from './review-point';

export type ReviewPointCommand = ScheduleReviewPoint | HoldReviewPoint;

/** The review point's own rules, one function per command. */
export function decide(command: ReviewPointCommand, point: ReviewPoint): ReviewPointEvent[] {
  switch (command.type) {
    case 'ScheduleReviewPoint':
      return schedule(command, point);
    case 'HoldReviewPoint':
      return hold(command, point);
    default:
      return assertNever(command);
  }
}

export interface ScheduleReviewPoint extends Actor {
  readonly type: 'ScheduleReviewPoint';
  readonly reviewPointId: string;
  readonly date: string;
  readonly title: string;
}

export function schedule(command: Input<ScheduleReviewPoint>, point: ReviewPoint): ReviewPointEvent[] {
  if (point.status !== 'none')
    return refuse('review-point-already-scheduled', { reviewPointId: command.reviewPointId });
  // From `decide` or a workflow the command still carries its `type`, which is no event data.
  const { type: _, by, at, ...data }: Input<ScheduleReviewPoint> & { readonly type?: string } = command;
  return [{ type: 'ReviewPointScheduled', data: { ...data, scheduledBy: by, scheduledAt: at } }];
}

/** What the review point decided about the plan, on the day it was held. */
export interface HoldReviewPoint extends Actor {
  readonly type: 'HoldReviewPoint';
  readonly heldOn: string;
  readonly decisions: readonly string[];
  readonly attendees?: readonly string[];
}

export function hold(command: Input<HoldReviewPoint>, point: ReviewPoint): ReviewPointEvent[] {
  // A review point is held only once it was scheduled, and only once.
  if (point.status === 'none') return refuse('review-point-not-found');
  if (point.status === 'held')
    return refuse('review-point-already-held', {
      reviewPointId: point.reviewPointId,
      heldOn: point.heldOn,
    });
  const { heldOn, decisions, attendees, by, at } = command;
  return [
    {
      type: 'ReviewPointHeld',
      data: {
        reviewPointId: point.reviewPointId,
        heldOn,
        decisions: [...decisions],
        ...(attendees === undefined ? {} : { attendees: [...attendees] }),
        recordedBy: by,
        recordedAt: at,
      },
    },
  ];
}

export const reviewPoint: Decider<ReviewPointCommand, ReviewPointEvent, ReviewPoint> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
