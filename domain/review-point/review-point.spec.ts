import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { initialState as noProcess } from '../process/process';
import { type HoldReviewPoint, reviewPoint } from './decide';
import { scheduleReviewPoint } from './workflows';

const given = specFor(reviewPoint);
const at = '2026-04-02T15:00:00.000Z';
const schedule = {
  type: 'ScheduleReviewPoint',
  reviewPointId: 'r-1',
  date: '2026-04-01',
  title: 'First quarterly review of the work plan',
  by: 'head',
  at: '2026-01-05T09:00:00.000Z',
} as const;
const scheduled: EventOf<'ReviewPointScheduled'> = {
  type: 'ReviewPointScheduled',
  data: {
    reviewPointId: 'r-1',
    date: '2026-04-01',
    title: 'First quarterly review of the work plan',
    scheduledBy: 'head',
    scheduledAt: '2026-01-05T09:00:00.000Z',
  },
};
const hold = (o: Partial<HoldReviewPoint> = {}): HoldReviewPoint => ({
  type: 'HoldReviewPoint',
  heldOn: '2026-04-02',
  decisions: ['Move the northern hearings to May'],
  by: 'head',
  at,
  ...o,
});
const held = (o: Partial<EventOf<'ReviewPointHeld'>['data']> = {}): EventOf<'ReviewPointHeld'> => ({
  type: 'ReviewPointHeld',
  data: {
    reviewPointId: 'r-1',
    heldOn: '2026-04-02',
    decisions: ['Move the northern hearings to May'],
    recordedBy: 'head',
    recordedAt: at,
    ...o,
  },
});

describe('scheduling a review point', () => {
  it('records its date and title', () => {
    given([]).when(schedule).then([scheduled]);
  });

  it('is refused when it was already scheduled', () => {
    given([scheduled]).when(schedule).thenRefuses('review-point-already-scheduled');
  });

  it('is refused in a process never opened', () => {
    expectRefusal(
      () => scheduleReviewPoint(schedule, noProcess, reviewPoint.initialState),
      'process-not-found',
    );
  });

  it('is scheduled in an open process', () => {
    expect(scheduleReviewPoint(schedule, openProcess, reviewPoint.initialState)).toEqual([scheduled]);
  });
});

describe('holding a review point', () => {
  it('records the day it was held and its decisions', () => {
    given([scheduled]).when(hold()).then([held()]);
  });

  it('records the attendees when given', () => {
    given([scheduled])
      .when(hold({ attendees: ['Chairperson', 'Secretariat Head'] }))
      .then([held({ attendees: ['Chairperson', 'Secretariat Head'] })]);
  });

  it('is refused before it is scheduled', () => {
    given([]).when(hold()).thenRefuses('review-point-not-found');
  });

  it('is refused when it was already held', () => {
    given([scheduled, held()]).when(hold()).thenRefuses('review-point-already-held');
  });
});
