import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/decider-spec';
import { government, sourceOf } from '../../test/support/funding-builders';
import {
  appointDeputy,
  appointHead,
  appointStaff,
  deputyAppointed,
  headAppointed,
  openProcess,
  staffAppointed,
} from '../../test/support/staffing-builders';
import { initialState as noSource } from '../contribution/contribution';
import { post } from '../post/decide';
import { appointment } from './decide';
import { appointStaff as appointStaffIn, appointToPost } from './workflows';

const none = appointment.initialState;
const vacant = post.initialState;
const eu = sourceOf({ contributionId: 'eu-basket', donorId: 'eu' });
const onlyCommunications = sourceOf({
  contributionId: 'eu-communications',
  donorId: 'eu',
  restrictions: { units: ['communications'], lineIds: [] },
});
const euFunded = {
  contractType: 'donor-funded',
  fundingSourceId: 'eu-basket',
  donorReportingLine: { donorId: 'eu', reportsTo: 'EU Programme Manager' },
} as const;

describe('the funding source an appointment names', () => {
  it('is refused when the source it names was never pledged (its stream is empty)', () => {
    const deputy = appointDeputy({ fundingSourceId: 'no-such-source' });
    expectRefusal(
      () => appointToPost(deputy, openProcess, none, vacant, noSource),
      'funding-source-not-found',
    );
    expectRefusal(
      () => appointStaffIn(appointStaff(), openProcess, none, noSource),
      'funding-source-not-found',
    );
  });

  it('pays a post in a unit its restriction names', () => {
    const deputy = appointDeputy({ unit: 'communications', fundingSourceId: 'eu-communications' });
    expect(appointToPost(deputy, openProcess, none, vacant, onlyCommunications).appointment).toEqual([
      deputyAppointed({ unit: 'communications', fundingSourceId: 'eu-communications' }),
    ]);
  });

  it('is refused for a post in a unit the restriction leaves out', () => {
    const staff = appointStaff({ unit: 'secretarial-services', fundingSourceId: 'eu-communications' });
    const refusal = expectRefusal(
      () => appointStaffIn(staff, openProcess, none, onlyCommunications),
      'outside-donor-restriction',
    );
    expect(refusal.details).toMatchObject({
      contributionId: 'eu-communications',
      unit: 'secretarial-services',
    });
  });

  it('pays the Head, who is in no unit, only from unrestricted money', () => {
    const head = appointHead({ fundingSourceId: 'eu-communications' });
    expectRefusal(
      () => appointToPost(head, openProcess, none, vacant, onlyCommunications),
      'outside-donor-restriction',
    );
    expect(appointToPost(appointHead(), openProcess, none, vacant, government).appointment).toEqual([
      headAppointed(),
    ]);
  });

  it('checks only the unit part of a restriction: money kept for lines is not known to pay for a post', () => {
    const linesOnly = sourceOf({ restrictions: { units: [], lineIds: ['line-1'] } });
    expectRefusal(
      () => appointStaffIn(appointStaff(), openProcess, none, linesOnly),
      'outside-donor-restriction',
    );
  });

  it('records a donor-funded post paid by the donor its reporting line goes to', () => {
    expect(appointStaffIn(appointStaff(euFunded), openProcess, none, eu)).toEqual([staffAppointed(euFunded)]);
  });

  it('is refused when the reporting line goes to a donor other than the source’s', () => {
    const toNobody = { ...euFunded, fundingSourceId: 'government' };
    const line = { donorId: 'nobody', reportsTo: 'Nobody' };
    const staff = appointStaff({ ...toNobody, donorReportingLine: line });
    const refusal = expectRefusal(
      () => appointStaffIn(staff, openProcess, none, government),
      'donor-reporting-line-to-another-donor',
    );
    expect(refusal.details).toEqual({ reportingLineDonorId: 'nobody', sourceDonorId: 'government' });
    const deputy = expectRefusal(
      () => appointToPost(appointDeputy(toNobody), openProcess, none, vacant, government),
      'donor-reporting-line-to-another-donor',
    );
    expect(deputy.details).toEqual({ reportingLineDonorId: 'eu', sourceDonorId: 'government' });
  });
});
