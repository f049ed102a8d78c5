import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { foldView, storedStream } from '../../test/support/views';
import { nextReviewPoint, type ReviewPointRow, reviewPointsProjection } from './review-points';

const scheduled = (reviewPointId: string, date: string): EventOf<'ReviewPointScheduled'> => ({
  type: 'ReviewPointScheduled',
  data: {
    reviewPointId,
    date,
    title: `Review of ${date}`,
    scheduledBy: 'head-1',
    scheduledAt: '2026-01-01T09:00:00.000Z',
  },
});
const held = (reviewPointId: string, heldOn: string): EventOf<'ReviewPointHeld'> => ({
  type: 'ReviewPointHeld',
  data: {
    reviewPointId,
    heldOn,
    decisions: ['Keep the plan'],
    recordedBy: 'head-1',
    recordedAt: `${heldOn}T17:00:00.000Z`,
  },
});

const rows = (...streams: [string, Parameters<typeof storedStream>[1]][]): ReviewPointRow[] =>
  streams.flatMap(([id, events]) => [
    ...foldView(reviewPointsProjection, storedStream(`p1#review-point#${id}`, events)).values(),
  ]);

describe('the review points view', () => {
  it('keeps each review point with its date, and the day it was held', () => {
    expect(rows(['r-1', [scheduled('r-1', '2026-03-31'), held('r-1', '2026-04-02')]])).toEqual([
      {
        reviewPointId: 'r-1',
        date: '2026-03-31',
        title: 'Review of 2026-03-31',
        status: 'held',
        heldOn: '2026-04-02',
        version: 2,
      },
    ]);
  });

  it('names as next the earliest one not held that falls today or later', () => {
    const all = rows(
      ['q1', [scheduled('q1', '2026-03-31'), held('q1', '2026-03-31')]],
      ['q3', [scheduled('q3', '2026-09-30')]],
      ['q2', [scheduled('q2', '2026-06-30')]],
      ['late', [scheduled('late', '2026-04-15')]],
    );
    expect(nextReviewPoint(all, '2026-05-01')?.reviewPointId).toBe('q2');
    expect(nextReviewPoint(all, '2026-06-30')?.reviewPointId).toBe('q2');
    expect(nextReviewPoint(all, '2026-07-01')?.reviewPointId).toBe('q3');
    expect(nextReviewPoint(all, '2026-10-01')).toBeUndefined();
  });
});
