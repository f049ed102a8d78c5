import { describe, expect, it } from 'vitest';
import { subFunctionSchema } from '../../events/catalog/appointment';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { government } from '../../test/support/funding-builders';
import {
  appointDeputy,
  appointHead,
  appointmentEnded,
  appointStaff,
  deputyAppointed,
  endAppointment,
  extendAppointment,
  headAppointed,
  openProcess,
  organisedProcess,
  postFilled,
  postVacated,
  reassign,
  staffAppointed,
} from '../../test/support/staffing-builders';
import { post } from '../post/decide';
import { initialState as noProcess } from '../process/process';
import { appointment } from './decide';
import { subFunctionsOf } from './organisation';
import {
  appointStaff as appointStaffIn,
  appointToPost,
  endAppointment as endIn,
  postToFill,
  reassign as reassignIn,
} from './workflows';

const given = specFor(appointment);
const none = appointment.initialState;
const vacant = post.initialState;
const stateOf = (...events: Parameters<typeof appointment.evolve>[1][]) =>
  events.reduce(appointment.evolve, none);
const postOf = (...events: Parameters<typeof post.evolve>[1][]) => events.reduce(post.evolve, vacant);

describe('appointing the Secretariat Head', () => {
  it('records the appointing authority, to whom the Head is accountable and the contract', () => {
    given([]).when(appointHead()).then([headAppointed()]);
  });

  it('may start on a day still to come, a plan, but not before the mandate', () => {
    expect(
      appointToPost(appointHead({ startDate: '2026-12-01' }), openProcess, none, vacant, government)
        .appointment,
    ).toHaveLength(1);
    expectRefusal(
      () => appointToPost(appointHead({ startDate: '2025-12-31' }), openProcess, none, vacant, government),
      'date-before-mandate',
    );
  });

  it('fills the Head’s post in the same decision', () => {
    expect(appointToPost(appointHead(), openProcess, none, vacant, government)).toEqual({
      appointment: [headAppointed()],
      post: [postFilled({ postId: 'secretariat-head' })],
    });
  });

  it('is refused while another Head is in office', () => {
    expectRefusal(
      () =>
        appointToPost(
          appointHead({ appointmentId: 'a-2' }),
          openProcess,
          none,
          postOf(postFilled()),
          government,
        ),
      'post-already-filled',
    );
  });

  it('is accepted once the previous Head’s appointment has ended', () => {
    const left = postOf(postFilled(), postVacated({ endDate: '2026-09-30' }));
    const successor = appointHead({ appointmentId: 'a-2', startDate: '2026-10-01' });
    expect(appointToPost(successor, openProcess, none, left, government).post).toEqual([
      postFilled({ appointmentId: 'a-2', startDate: '2026-10-01' }),
    ]);
  });

  it('is refused in a process never opened', () => {
    expectRefusal(
      () => appointToPost(appointHead(), noProcess, none, vacant, government),
      'process-not-found',
    );
  });
});

describe('appointing a deputy', () => {
  it('records the unit the deputy leads and fills that unit’s deputy post', () => {
    expect(
      appointToPost(appointDeputy({ unit: 'communications' }), openProcess, none, vacant, government),
    ).toEqual({
      appointment: [deputyAppointed({ unit: 'communications' })],
      post: [postFilled({ postId: 'deputy-communications' })],
    });
  });

  it('is refused while the unit has a deputy', () => {
    const held = postOf(postFilled({ postId: 'deputy-communications' }));
    expectRefusal(
      () => appointToPost(appointDeputy({ appointmentId: 'a-2' }), openProcess, none, held, government),
      'post-already-filled',
    );
  });

  it('gives two units of one pillar a deputy each: their posts are apart', () => {
    const legal = appointDeputy({ unit: 'legal-drafting' });
    const research = appointDeputy({ appointmentId: 'a-2', unit: 'research-documentation' });
    expect(postToFill(legal)).not.toBe(postToFill(research));
    expect(appointToPost(legal, organisedProcess, none, vacant, government).post).toEqual([
      postFilled({ postId: 'deputy-legal-drafting' }),
    ]);
    expect(appointToPost(research, organisedProcess, none, vacant, government).post).toEqual([
      postFilled({ appointmentId: 'a-2', postId: 'deputy-research-documentation' }),
    ]);
  });

  it('is refused for a unit the process does not have, naming the field', () => {
    const refusal = expectRefusal(
      () => appointToPost(appointDeputy({ unit: 'legal-drafting' }), openProcess, none, vacant, government),
      'unit-not-found',
    );
    expect(refusal.details).toMatchObject({ field: 'unit', unit: 'legal-drafting' });
  });
});

describe('appointing staff', () => {
  it('records the post, unit, sub-function, contract, cost, funding source and reporting line', () => {
    given([]).when(appointStaff()).then([staffAppointed()]);
  });

  it('is refused for a donor-funded post without the reporting line to the donor', () => {
    given([])
      .when(appointStaff({ contractType: 'donor-funded', fundingSourceId: 'undp-basket' }))
      .thenRefuses('donor-reporting-line-required');
  });

  it('records a donor-funded post with its reporting line to the donor', () => {
    const donorReportingLine = { donorId: 'undp', reportsTo: 'UNDP Programme Manager, quarterly' };
    given([])
      .when(appointStaff({ contractType: 'donor-funded', donorReportingLine }))
      .then([staffAppointed({ contractType: 'donor-funded', donorReportingLine })]);
  });

  it('is refused with a donor reporting line on a post the donor does not fund', () => {
    given([])
      .when(
        appointStaff({ contractType: 'consultant', donorReportingLine: { donorId: 'undp', reportsTo: 'x' } }),
      )
      .thenRefuses('donor-reporting-line-without-donor-funding');
  });

  it('is refused with a sub-function of another unit', () => {
    expectRefusal(
      () =>
        appointStaffIn(
          appointStaff({ unit: 'communications', subFunction: 'legal' }),
          openProcess,
          none,
          government,
        ),
      'sub-function-not-in-unit',
    );
  });

  it('takes the sub-functions of its unit’s pillar in a process with its own units', () => {
    const legal = appointStaff({ unit: 'legal-drafting', subFunction: 'legal' });
    expect(appointStaffIn(legal, organisedProcess, none, government)).toEqual([
      staffAppointed({ unit: 'legal-drafting', subFunction: 'legal' }),
    ]);
    expectRefusal(
      () => appointStaffIn({ ...legal, subFunction: 'training' }, organisedProcess, none, government),
      'sub-function-not-in-unit',
    );
  });

  it('is refused in a unit the process does not have', () => {
    expectRefusal(
      () =>
        appointStaffIn(appointStaff({ unit: 'secretarial-services' }), organisedProcess, none, government),
      'unit-not-found',
    );
  });

  it('is refused when the contract ends on or before its start', () => {
    given([])
      .when(appointStaff({ startDate: '2026-02-01', endDate: '2026-02-01' }))
      .thenRefuses('appointment-ends-before-it-starts');
  });

  it('records an open-ended contract', () => {
    given([])
      .when(appointStaff({ endDate: undefined }))
      .then([staffAppointed({ endDate: undefined })]);
  });

  it('is refused when the same appointment was already recorded', () => {
    given([staffAppointed()]).when(appointStaff()).thenRefuses('appointment-already-recorded');
  });

  it('is refused in a process never opened', () => {
    expectRefusal(() => appointStaffIn(appointStaff(), noProcess, none, government), 'process-not-found');
  });
});

describe('reassigning staff', () => {
  it('records the new placement with the one it replaces', () => {
    given([staffAppointed()])
      .when(reassign())
      .then([
        {
          type: 'AppointmentReassigned',
          data: {
            appointmentId: 'a-1',
            from: {
              postTitle: 'Research Officer',
              unit: 'secretarial-services',
              subFunction: 'research',
              reportsTo: 'Deputy, Secretarial Services',
            },
            to: {
              postTitle: 'Legal Officer',
              unit: 'secretarial-services',
              subFunction: 'legal',
              reportsTo: 'Deputy, Secretarial Services',
            },
            reassignedBy: 'hr-1',
            reassignedAt: reassign().at,
          },
        },
      ]);
  });

  it('is refused with a sub-function of another unit', () => {
    expectRefusal(
      () =>
        reassignIn(
          reassign({ unit: 'administration', subFunction: 'training' }),
          stateOf(staffAppointed()),
          openProcess,
        ),
      'sub-function-not-in-unit',
    );
  });

  it('is refused to a unit the process does not have', () => {
    expectRefusal(
      () => reassignIn(reassign({ unit: 'legal-drafting' }), stateOf(staffAppointed()), openProcess),
      'unit-not-found',
    );
  });

  it('is refused for the Head or a deputy, whose posts are held alone', () => {
    given([headAppointed()]).when(reassign()).thenRefuses('leadership-appointment-not-reassignable');
    given([deputyAppointed()]).when(reassign()).thenRefuses('leadership-appointment-not-reassignable');
  });

  it('is refused once the appointment ended', () => {
    given([staffAppointed(), appointmentEnded()]).when(reassign()).thenRefuses('appointment-ended');
  });

  it('is refused for an appointment never recorded', () => {
    given([]).when(reassign()).thenRefuses('appointment-not-found');
  });
});

describe('extending a contract', () => {
  it('records the new end with the previous one', () => {
    given([staffAppointed({ endDate: '2027-06-30' })])
      .when(extendAppointment({ newEndDate: '2027-12-31' }))
      .then([
        {
          type: 'AppointmentExtended',
          data: {
            appointmentId: 'a-1',
            previousEndDate: '2027-06-30',
            newEndDate: '2027-12-31',
            extendedBy: 'hr-1',
            extendedAt: extendAppointment().at,
          },
        },
      ]);
  });

  it('is refused when the new end is not later than the current one', () => {
    given([staffAppointed({ endDate: '2027-06-30' })])
      .when(extendAppointment({ newEndDate: '2027-06-30' }))
      .thenRefuses('contract-extension-not-later');
  });

  it('is refused for an open-ended contract, which has no end to move', () => {
    given([staffAppointed({ endDate: undefined })])
      .when(extendAppointment())
      .thenRefuses('appointment-open-ended');
  });

  it('is refused once the appointment ended', () => {
    given([staffAppointed(), appointmentEnded()]).when(extendAppointment()).thenRefuses('appointment-ended');
  });
});

describe('ending an appointment', () => {
  // Recorded once the last day has come: an end is what happened.
  const laterAt = '2026-10-01T09:00:00.000Z';
  const endedLater = endAppointment({ at: laterAt });

  it('is a business date: the last day, not a day still to come', () => {
    const ending = (endDate: string) => () =>
      endIn(endAppointment({ endDate, at: laterAt }), stateOf(staffAppointed()), vacant, openProcess);
    expect(ending('2026-09-30')().appointment).toEqual([appointmentEnded({ endedAt: laterAt })]);
    expectRefusal(ending('2026-10-02'), 'date-after-today');
  });

  it('records the reason and the last day', () => {
    given([staffAppointed()])
      .when(endAppointment({ reason: 'terminated', endDate: '2026-05-31' }))
      .then([appointmentEnded({ reason: 'terminated', endDate: '2026-05-31' })]);
  });

  it('is refused on a date before the appointment started', () => {
    given([staffAppointed({ startDate: '2026-02-01' })])
      .when(endAppointment({ endDate: '2026-01-31' }))
      .thenRefuses('appointment-ends-before-it-starts');
  });

  it('is refused once the appointment ended', () => {
    given([staffAppointed(), appointmentEnded()]).when(endAppointment()).thenRefuses('appointment-ended');
  });

  it('frees the Head’s post in the same decision', () => {
    expect(endIn(endedLater, stateOf(headAppointed()), postOf(postFilled()), openProcess)).toEqual({
      appointment: [appointmentEnded({ endedAt: laterAt })],
      post: [postVacated({ vacatedAt: laterAt })],
    });
  });

  it('frees the deputy’s post of the unit', () => {
    const held = postOf(postFilled({ postId: 'deputy-communications' }));
    expect(endIn(endedLater, stateOf(deputyAppointed()), held, openProcess).post).toEqual([
      postVacated({ postId: 'deputy-communications', vacatedAt: laterAt }),
    ]);
  });

  it('touches no post for staff', () => {
    expect(endIn(endedLater, stateOf(staffAppointed()), vacant, openProcess)).toEqual({
      appointment: [appointmentEnded({ endedAt: laterAt })],
      post: [],
    });
  });
});

describe('the organisation', () => {
  it('puts every sub-function in exactly one unit', () => {
    const placed = Object.values(subFunctionsOf).flat();
    expect([...placed].sort()).toEqual([...subFunctionSchema.options].sort());
  });
});
