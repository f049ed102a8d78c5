import { describe, it } from 'vitest';
import { specFor } from '../../test/support/decider-spec';
import { fillPost, postFilled, postVacated, vacatePost } from '../../test/support/staffing-builders';
import { post } from './decide';

const given = specFor(post);

describe('filling a post', () => {
  it('records who holds it from when', () => {
    given([]).when(fillPost()).then([postFilled()]);
  });

  it('is refused while someone holds it', () => {
    given([postFilled({ appointmentId: 'a-1' })])
      .when(fillPost({ appointmentId: 'a-2' }))
      .thenRefuses('post-already-filled');
  });

  it('is accepted again once the holder has left', () => {
    given([postFilled(), postVacated({ endDate: '2026-09-30' })])
      .when(fillPost({ appointmentId: 'a-2', startDate: '2026-10-01' }))
      .then([postFilled({ appointmentId: 'a-2', startDate: '2026-10-01' })]);
  });

  it('is refused for a successor starting on or before the last day of the previous holder', () => {
    given([postFilled(), postVacated({ endDate: '2026-09-30' })])
      .when(fillPost({ appointmentId: 'a-2', startDate: '2026-09-30' }))
      .thenRefuses('appointment-starts-before-post-vacated');
  });
});

describe('vacating a post', () => {
  it('records the last day of the appointment that held it', () => {
    given([postFilled()]).when(vacatePost()).then([postVacated()]);
  });

  it('is refused for an appointment that does not hold it', () => {
    given([postFilled({ appointmentId: 'a-1' })])
      .when(vacatePost({ appointmentId: 'a-2' }))
      .thenRefuses('post-not-held-by-appointment');
  });

  it('is refused when it is already vacant', () => {
    given([postFilled(), postVacated()]).when(vacatePost()).thenRefuses('post-not-held-by-appointment');
  });
});
