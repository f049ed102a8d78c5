import type { ReviewPointEvent } from '../../events/catalog';

/**
 * A review point: when the plan is revisited (every 3 or 6 months, the process's review cadence),
 * and once held, what was decided.
 */
export type ReviewPoint =
  | { readonly status: 'none' }
  | {
      readonly status: 'scheduled';
      readonly reviewPointId: string;
      readonly date: string;
      readonly title: string;
    }
  | {
      readonly status: 'held';
      readonly reviewPointId: string;
      readonly date: string;
      readonly title: string;
      readonly heldOn: string;
      readonly decisions: readonly string[];
      readonly attendees?: readonly string[];
    };

export const initialState: ReviewPoint = { status: 'none' };

export function evolve(point: ReviewPoint, event: ReviewPointEvent): ReviewPoint {
  switch (event.type) {
    case 'ReviewPointScheduled': {
      const { reviewPointId, date, title } = event.data;
      return { status: 'scheduled', reviewPointId, date, title };
    }
    case 'ReviewPointHeld': {
      if (point.status === 'none') return point;
      const { reviewPointId: _, recordedBy: __, recordedAt: ___, ...held } = event.data;
      return { ...point, status: 'held', ...held };
    }
  }
}
