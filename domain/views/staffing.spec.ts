import { describe, expect, it } from 'vitest';
import { day } from '../../test/support/builders';
import {
  appointmentEnded,
  deputyAppointed,
  headAppointed,
  postFilled,
  seconded,
  secondmentEndedEarly,
  staffAppointed,
} from '../../test/support/staffing-builders';
import { storedStream } from '../../test/support/views';
import { foldProjections, rowsOf } from './fold';
import { contractEndOf, lastDayOf, type StaffRow, staffingProjection } from './staffing';

const rows = (...streams: ReturnType<typeof storedStream>[]) =>
  rowsOf<StaffRow>(foldProjections([staffingProjection], streams.flat()), 'p1#staffing');

describe('the staffing rows', () => {
  it('hold each appointment with its post, unit, contract, cost and source', () => {
    const [head, deputy] = rows(
      storedStream('p1#appointment#a-1', [headAppointed({ appointmentId: 'a-1' })]),
      storedStream('p1#appointment#a-2', [deputyAppointed({ appointmentId: 'a-2', unit: 'administration' })]),
    );
    expect(head).toMatchObject({
      kind: 'appointment',
      appointment: {
        kind: 'secretariat-head',
        postId: 'secretariat-head',
        contractType: 'civil-service',
        startDate: '2026-02-01',
        endDate: '2027-06-30',
        fundingSourceId: 'government',
      },
    });
    expect(head?.kind === 'appointment' && 'unit' in head.appointment).toBe(false);
    expect(head && lastDayOf(head)).toBe('2027-06-30');
    expect(deputy).toMatchObject({
      appointment: { kind: 'deputy', postId: 'deputy-administration', unit: 'administration' },
    });
  });

  it('follow a reassignment, an extension and an ending', () => {
    const [staff] = rows(
      storedStream('p1#appointment#a-1', [
        staffAppointed(),
        {
          type: 'AppointmentReassigned',
          data: {
            appointmentId: 'a-1',
            from: {
              postTitle: 'Research Officer',
              unit: 'secretarial-services',
              subFunction: 'research',
              reportsTo: 'Deputy',
            },
            to: {
              postTitle: 'Media Officer',
              unit: 'communications',
              subFunction: 'media-liaison',
              reportsTo: 'Deputy',
            },
            reassignedBy: 'hr-1',
            reassignedAt: day(11),
          },
        },
        {
          type: 'AppointmentExtended',
          data: {
            appointmentId: 'a-1',
            previousEndDate: '2027-06-30',
            newEndDate: '2027-12-31',
            extendedBy: 'hr-1',
            extendedAt: day(12),
          },
        },
        appointmentEnded({ endDate: '2027-03-31' }),
      ]),
    );
    expect(staff).toMatchObject({
      appointment: { unit: 'communications', postTitle: 'Media Officer', status: 'ended' },
      version: 4,
    });
    expect(staff && [contractEndOf(staff), lastDayOf(staff)]).toEqual(['2027-12-31', '2027-03-31']);
  });

  it('hold each secondment with its home institution and who bears its salary, ended early or not', () => {
    const [secondment] = rows(
      storedStream('p1#secondment#s-1', [seconded(), secondmentEndedEarly({ endDate: '2026-08-31' })]),
    );
    expect(secondment).toMatchObject({
      kind: 'secondment',
      secondment: {
        homeInstitution: 'Ministry of Finance',
        unit: 'administration',
        salary: { borneBy: 'home-institution' },
      },
    });
    expect(secondment && [contractEndOf(secondment), lastDayOf(secondment)]).toEqual([
      '2026-12-31',
      '2026-08-31',
    ]);
  });

  it('do not follow the posts’ own streams', () => {
    const [filled] = storedStream('p1#post#secretariat-head', [postFilled()]);
    expect(filled && staffingProjection.rowOf(filled)).toBeUndefined();
  });
});
