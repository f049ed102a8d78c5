import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../events/catalog';
import { foldView, storedStream } from '../../test/support/views';
import { postsProjection } from './posts';

const person = { personId: 'per-1', name: 'Amina Odhiambo' };
const filled = (appointmentId: string, startDate: string): EventOf<'PostFilled'> => ({
  type: 'PostFilled',
  data: {
    postId: 'secretariat-head',
    appointmentId,
    person,
    startDate,
    filledBy: 'hr-1',
    filledAt: '2026-01-05T09:00:00.000Z',
  },
});
const vacated: EventOf<'PostVacated'> = {
  type: 'PostVacated',
  data: {
    postId: 'secretariat-head',
    appointmentId: 'a-1',
    endDate: '2026-06-30',
    vacatedBy: 'hr-1',
    vacatedAt: '2026-06-01T09:00:00.000Z',
  },
};

const headRow = (...events: Parameters<typeof storedStream>[1]) =>
  foldView(postsProjection, storedStream('p1#post#secretariat-head', events)).get(
    'p1#posts|post#secretariat-head',
  );

describe('the posts view', () => {
  it('shows the holder of a filled post', () => {
    expect(headRow(filled('a-1', '2026-01-10'))).toEqual({
      postId: 'secretariat-head',
      status: 'filled',
      holder: { appointmentId: 'a-1', person, startDate: '2026-01-10' },
      version: 1,
    });
  });

  it('keeps the last holder’s end once vacated, and still after a successor is appointed', () => {
    expect(headRow(filled('a-1', '2026-01-10'), vacated)).toEqual({
      postId: 'secretariat-head',
      status: 'vacant',
      vacatedAfter: '2026-06-30',
      version: 2,
    });
    expect(headRow(filled('a-1', '2026-01-10'), vacated, filled('a-2', '2026-08-01'))).toMatchObject({
      status: 'filled',
      holder: { appointmentId: 'a-2', startDate: '2026-08-01' },
      vacatedAfter: '2026-06-30',
      version: 3,
    });
  });
});
