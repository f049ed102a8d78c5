import { describe, expect, it } from 'vitest';
import { lineAdopted } from '../../test/support/builders';
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
import { budgetLine } from '../budget-line/decide';
import { initialState as noSource } from '../contribution/contribution';
import { fold } from '../decider';
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

describe('the budget line an appointment is charged to', () => {
  const lineIn = (unit: string, lineId = 'SS-1') =>
    fold(budgetLine, budgetLine.initialState, [lineAdopted({ lineId, unit })]);
  const research = lineIn('secretarial-services');

  it('is recorded with the appointment, and null when none is named', () => {
    const staff = appointStaff({ lineId: 'SS-1' });
    expect(appointStaffIn(staff, openProcess, none, government, research)).toEqual([
      staffAppointed({ lineId: 'SS-1' }),
    ]);
    expect(appointStaffIn(appointStaff(), openProcess, none, government)).toEqual([staffAppointed()]);
  });

  it('is refused when the line it names was never adopted (its stream is empty)', () => {
    const staff = appointStaff({ lineId: 'no-such-line' });
    expectRefusal(
      () => appointStaffIn(staff, openProcess, none, government, budgetLine.initialState),
      'budget-line-not-found',
    );
    expectRefusal(
      () => appointToPost(appointHead({ lineId: 'no-such-line' }), openProcess, none, vacant, government),
      'budget-line-not-found',
    );
  });

  it('is refused when the line is in another unit than the appointment', () => {
    const deputy = appointDeputy({ unit: 'communications', lineId: 'SS-1' });
    const refusal = expectRefusal(
      () => appointToPost(deputy, openProcess, none, vacant, government, research),
      'budget-line-in-another-unit',
    );
    expect(refusal.details).toEqual({
      lineId: 'SS-1',
      lineUnit: 'secretarial-services',
      unit: 'communications',
    });
  });

  it('may be any line for the Head, who is in no unit', () => {
    const head = appointHead({ lineId: 'SS-1' });
    expect(appointToPost(head, openProcess, none, vacant, government, research).appointment).toEqual([
      headAppointed({ lineId: 'SS-1' }),
    ]);
  });

  it('lets money kept for that line pay the person charged to it, and no one charged elsewhere', () => {
    const forSs1 = sourceOf({ restrictions: { units: [], lineIds: ['SS-1'] } });
    expect(appointStaffIn(appointStaff({ lineId: 'SS-1' }), openProcess, none, forSs1, research)).toEqual([
      staffAppointed({ lineId: 'SS-1' }),
    ]);
    const other = lineIn('secretarial-services', 'SS-2');
    const refusal = expectRefusal(
      () => appointStaffIn(appointStaff({ lineId: 'SS-2' }), openProcess, none, forSs1, other),
      'outside-donor-restriction',
    );
    expect(refusal.details).toMatchObject({ line: { lineId: 'SS-2', unit: 'secretarial-services' } });
  });
});
