import type { ReviewPointEvent } from '../../events/catalog';
import type { Decider } from '../decider';
import { assertNever, refuse } from '../errors';
import type { ReviewPointCommand } from './commands';
import { evolve, initialState, type ReviewPoint } from './review-point';

export function decide(command: ReviewPointCommand, point: ReviewPoint): ReviewPointEvent[] {
  switch (command.type) {
    case 'ScheduleReviewPoint': {
      if (point.status !== 'none')
        return refuse('review-point-already-scheduled', { reviewPointId: command.reviewPointId });
      const { type: _, by, at, ...data } = command;
      return [{ type: 'ReviewPointScheduled', data: { ...data, scheduledBy: by, scheduledAt: at } }];
    }
    case 'HoldReviewPoint': {
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
    default:
      return assertNever(command);
  }
}

export const reviewPoint: Decider<ReviewPointCommand, ReviewPointEvent, ReviewPoint> = {
  stateVersion: 1,
  initialState,
  evolve,
  decide,
};
